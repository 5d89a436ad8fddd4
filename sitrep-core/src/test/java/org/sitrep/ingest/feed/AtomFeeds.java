package org.sitrep.ingest.feed;

/** Small Atom and JSON Feed documents the tests read. */
public final class AtomFeeds {
  public static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Atom Desk</title>
        <id>urn:uuid:feed</id>
        <updated>2026-11-27T12:00:00Z</updated>
        <entry>
          <title>Raid</title>
          <link href="https://atom.example/raid"/>
          <id>urn:uuid:1</id>
          <published>2026-11-27T22:00:00-08:00</published>
          <updated>2026-11-28T09:00:00Z</updated>
          <summary>Summary only.</summary>
          <content type="html">&lt;p&gt;Police raided a camp near Juba.&lt;/p&gt;</content>
        </entry>
      </feed>
      """;

  public static final String JSON_FEED = """
      {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JSON Desk",
        "items": [
          {"id": "1", "url": "https://json.example/1", "title": "Strike",
           "content_html": "<p>A drone strike hit Tessalit.</p>",
           "date_published": "2026-11-26T23:59:00-04:00"},
          {"id": 2, "title": "March", "content_text": "Protesters <marched> in Dakar."}
        ]
      }
      """;

  private AtomFeeds() {}
}
