package org.sitrep.ingest.source;

import java.util.Optional;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.Hints;
import org.sitrep.ingest.SourceItem;
import org.sitrep.ingest.web.FetchProblem;
import org.sitrep.ingest.web.FetchSettings;
import org.sitrep.ingest.web.FetchedPage;
import org.sitrep.ingest.web.PageFetcher;

/**
 * A URL the user named: a web page (one HTML item whose id is the URL as given and whose hinted
 * URL is where the redirects led), plain text, or a feed, whose items' pages are fetched in turn.
 * Nothing is fetched until the first item is asked for.
 */
final class UrlSource implements ArticleSource {
  private final String url;
  private final ReadOptions options;
  private final PageFetcher fetcher;
  private ArticleSource fetched;

  private UrlSource(String url, ReadOptions options, PageFetcher fetcher) {
    this.url = url;
    this.options = options;
    this.fetcher = fetcher;
  }

  static ArticleSource open(String url, ReadOptions options) {
    return open(url, options, new PageFetcher(FetchSettings.defaults()));
  }

  static ArticleSource open(String url, ReadOptions options, PageFetcher fetcher) {
    return new UrlSource(url, options, fetcher);
  }

  @Override
  public Optional<SourceItem> next() {
    if (fetched == null) {
      fetched = fetch();
    }
    return fetched.next();
  }

  private ArticleSource fetch() {
    FetchedPage page;
    try {
      page = fetcher.fetch(url);
    } catch (FetchProblem e) {
      return Sources.broken(url, e.problem());
    }
    if (PageInputs.kind(page) == PageInputs.Kind.FEED) {
      return FeedSource.of(url, page.body(), Optional.of(page.finalUrl()), options,
          Optional.of(fetcher));
    }
    return new Sources.OneItem(PageInputs.of(url, page, Hints.NONE, options));
  }

  @Override
  public void close() {
    if (fetched != null) {
      fetched.close();
    }
  }
}
