package org.sitrep.ingest.source;

/** RSS documents the tests serve or write. */
final class RssFeeds {
  private RssFeeds() {}

  /** Two items linking to {@code base}/kidal and {@code base}/gao, with content of their own. */
  static String twoItems(String base) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Sahel Monitor</title>
            <link>BASE/</link>
            <item>
              <title>Attack in Kidal</title>
              <link>BASE/kidal</link>
              <pubDate>Mon, 30 Nov 2026 23:30:00 -0500</pubDate>
              <content:encoded><![CDATA[<p>Gunmen killed three villagers in Kidal on Monday.</p>]]></content:encoded>
            </item>
            <item>
              <title>Clashes in Gao</title>
              <link>BASE/gao</link>
              <pubDate>Sun, 29 Nov 2026 08:00:00 GMT</pubDate>
              <description>Soldiers clashed with militants near Gao on Sunday.</description>
            </item>
          </channel>
        </rss>
        """.replace("BASE", base);
  }
}
