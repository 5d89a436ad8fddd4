package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.SubEventType;
import org.sitrep.store.StoreResult;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.Stores;

/**
 * The analyst's page in headless Chromium (Debian's chromium and chromium-driver), against a real
 * server over a real embedded PostgreSQL: load, filter, open an event and see its evidence
 * highlighted, correct it and see the change in its history, export, and a report holding
 * {@code <script>} shown as text. Screenshots go to {@code target/page-screenshots/}. Skipped,
 * saying why, where Chromium or its driver is not installed.
 */
class PageIT {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  @TempDir static Path dataDir;
  @TempDir static Path profile;

  static PostgresStore store;
  static ApiServer server;
  static ChromeDriver browser;
  static WebDriverWait wait;
  static long clashId;
  static long shellingId;
  static long scriptId;
  static final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void start() {
    assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "the page's browser test"
        + " needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium"
        + " chromium-driver); skipped");
    store = Stores.open(dataDir, Optional.empty(), Map.of());
    Article syria = Samples.article("syria.txt", "Syria\nThe army shelled Aleppo on Saturday."
        + " Militia clashed with the army on Wednesday in Aleppo.");
    StoreResult s = store.store(syria, List.of(
        withFields(syria, Samples.event(syria, "S1", "2025-03-01",
            SubEventType.SHELLING_ARTILLERY_MISSILE, "Military Forces of Syria (2000-)",
            "Civilians (Syria)", Samples.ALEPPO, 3, "shelled"), "The army shelled"),
        withFields(syria, Samples.event(syria, "S2", "2025-03-05", SubEventType.ARMED_CLASH,
            "Militia (Pro-Government)", "Military Forces of Syria (2000-)", Samples.ALEPPO, 7,
            "clashed"), "Militia clashed")));
    clashId = store.eventsOf(s.articleId()).stream()
        .filter(e -> e.event().eventId().equals("S2")).findFirst().orElseThrow().id();
    shellingId = store.eventsOf(s.articleId()).stream()
        .filter(e -> e.event().eventId().equals("S1")).findFirst().orElseThrow().id();
    // A second report of the shelling, merged into it: the one the split test splits off.
    Article again = Samples.article("syria-again.txt", "Shelling\nThe army shelled Aleppo.");
    assertEquals(1, store.store(again, List.of(Samples.event(again, "A1", "2025-03-01",
        SubEventType.SHELLING_ARTILLERY_MISSILE, "Military Forces of Syria (2000-)",
        "Civilians (Syria)", Samples.ALEPPO, 5, "shelled"))).merged());
    Article ukraine = Samples.article("ukraine.txt", "Ukraine\nA drone struck Kharkiv overnight.");
    store.store(ukraine, List.of(Samples.event(ukraine, "U1", "2025-03-03",
        SubEventType.AIR_DRONE_STRIKE, "Military Forces of Russia (2000-)", null,
        Samples.KHARKIV, 1, "drone")));
    Article html = Samples.article("html.txt", "Rioters <b>wrote</b>\nRioters wrote"
        + " <script>window.pwned = 1</script> on the walls and looted shops in Aleppo.");
    StoreResult h = store.store(html, List.of(Samples.event(html, "H1", "2025-02-20",
        SubEventType.LOOTING, "Rioters (Syria)", null, Samples.ALEPPO, 0, "looted")));
    scriptId = store.eventsOf(h.articleId()).get(0).id();
    server = ApiServer.start(store, store, store, ServerOptions.local(0), problems::add);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    // Without the background-networking flags Chromium calls home, which this network refuses.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1366,768", "--user-data-dir=" + profile);
    // The browser's console goes into a failure's message.
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    // The driver is named, so Selenium Manager never runs to download one.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void an_analyst_filters_reads_the_evidence_corrects_and_exports() throws Exception {
    browser.get(base() + "/");
    wait.until(d -> rows().size() >= 4);
    assertFalse(browser.findElements(By.cssSelector(".event-icon, .cluster-icon")).isEmpty(),
        "markers or clusters on the map");
    wait.until(d -> !d.findElements(By.cssSelector(".leaflet-overlay-pane path")).isEmpty());
    assertEquals(6, browser.findElements(By.cssSelector("#legend li")).size());
    assertFalse(browser.findElements(By.cssSelector("#timeline rect.bar")).isEmpty());
    screenshot("page");

    new Select(browser.findElement(By.name("event_type"))).selectByVisibleText("Battles");
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    wait.until(d -> rows().size() == 1);
    assertTrue(rows().get(0).getText().contains("Armed clash"), rows().get(0).getText());

    String csv = browser.findElement(By.id("export-csv")).getAttribute("href");
    assertTrue(csv.contains("event_type=Battles"), csv);
    HttpResponse<String> export = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(csv)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, export.statusCode());
    assertTrue(export.body().contains("Armed clash") && !export.body().contains("Air/drone"),
        export.body());
    String geojson = browser.findElement(By.id("export-geojson")).getAttribute("href");
    HttpResponse<String> features = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(geojson)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, features.statusCode(), features.body());
    assertTrue(features.body().contains("FeatureCollection")
        && features.body().contains("Armed clash") && !features.body().contains("Air/drone"),
        features.body());

    rows().get(0).click();
    WebElement trigger = visible("#event-view mark[data-field='sub_event_type']");
    assertEquals("clashed", trigger.getText());
    assertEquals("Militia", browser.findElement(
        By.cssSelector("#event-view mark[data-field='actor1']")).getText());
    js("arguments[0].scrollIntoView({block: 'start'})", browser.findElement(
        By.cssSelector("#event-view .article-text")));
    screenshot("event");

    WebElement form = browser.findElement(By.cssSelector("form.correction"));
    WebElement fatalities = form.findElement(By.name("fatalities"));
    fatalities.clear();
    fatalities.sendKeys("9");
    form.findElement(By.name("reason")).sendKeys("the hospital counted nine");
    form.findElement(By.name("by")).sendKeys("anna");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement change =
        visible("#event-view .history li[data-kind='corrected'] li[data-field='fatalities']");
    assertEquals("fatalities: 7 → 9", change.getText());
    assertEquals(9, store.event(clashId).orElseThrow().event().fatalities());

    browser.findElement(By.id("event-view")).sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("event-view")));
    assertTrue(problems.isEmpty(), problems.toString());
  }

  @Test
  void a_report_holding_html_shows_it_as_text() throws Exception {
    browser.get(base() + "/");
    wait.until(d -> rows().size() >= 4);
    browser.findElement(By.cssSelector("#list .event-row[data-id='" + scriptId + "']")).click();
    WebElement text = visible("#event-view .article-text");
    assertTrue(text.getText().contains("<script>window.pwned = 1</script>"), text.getText());
    assertTrue(browser.findElement(By.id("event-view")).getText().contains("Rioters <b>wrote</b>"));
    assertTrue(browser.findElements(By.cssSelector("#event-view script, #event-view b")).isEmpty());
    assertEquals(Boolean.TRUE, js("return window.pwned === undefined"));
    browser.findElement(By.id("event-close")).click();
  }

  @Test
  void brushing_the_timeline_narrows_the_list_and_the_keyboard_opens_an_event()
      throws IOException {
    browser.get(base() + "/");
    wait.until(d -> rows().size() >= 4);
    // The days run from 2025-02-20 (the looting) to 2025-03-05; the first bins are February's.
    WebElement chart = browser.findElement(By.cssSelector("#timeline svg"));
    int width = chart.getSize().getWidth();
    new Actions(browser).moveToElement(chart, -width / 2 + 3, 0).clickAndHold()
        .moveByOffset(width / 10, 0).release().perform();
    wait.until(d -> rows().size() == 1);
    assertTrue(rows().get(0).getText().contains("Looting"), rows().get(0).getText());
    assertTrue(browser.findElement(By.id("export-jsonl")).getAttribute("href")
        .contains("from=2025-02-20"));
    screenshot("brushed");
    browser.findElement(By.id("brush-clear")).click();
    wait.until(d -> rows().size() >= 4);

    // Tab goes from the changed-since form to the list's first row; Enter opens it; Escape
    // closes it and gives the focus back to the row.
    js("document.querySelector('#since-form button[type=submit]').focus()");
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    WebElement row = rows().get(0);
    assertEquals(row, browser.switchTo().activeElement());
    row.sendKeys(Keys.ENTER);
    visible("#event-view mark");
    assertEquals("event-view", browser.switchTo().activeElement().getAttribute("id"));
    browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("event-view")));
    assertEquals(row, browser.switchTo().activeElement());
  }

  @Test
  void a_merged_report_is_split_off_and_the_history_says_so() {
    browser.get(base() + "/");
    wait.until(d -> rows().size() >= 4);
    browser.findElement(By.cssSelector("#list .event-row[data-id='" + shellingId + "']")).click();
    WebElement split = visible("#event-view form.split");
    assertEquals(2, browser.findElements(By.cssSelector("#event-view .sources li")).size());
    split.findElement(By.name("reason")).sendKeys("two shellings, a day apart");
    WebElement by = split.findElement(By.name("by"));
    by.clear();
    by.sendKeys("anna");
    split.findElement(By.cssSelector("button[type=submit]")).click();
    visible("#event-view .history li[data-kind='split']");
    assertEquals(1, browser.findElements(By.cssSelector("#event-view .sources li")).size());
    browser.findElement(By.id("event-close")).click();
  }

  @Test
  void changes_since_a_time_are_listed_or_the_refusal_is_shown() {
    browser.get(base() + "/");
    wait.until(d -> rows().size() >= 4);
    js("document.querySelector('#since-form [name=since]').value = '2020-01-01T00:00:00'");
    browser.findElement(By.cssSelector("#since-form button[type=submit]")).click();
    // With updated_since in the API every event is listed; a server without it answers 400,
    // which the page shows in words instead of an empty list.
    wait.until(d -> d.findElement(By.id("list-title")).getText().startsWith("Changed since")
        || d.findElement(By.id("list-error")).isDisplayed());
    if (browser.findElement(By.id("list-error")).isDisplayed()) {
      assertTrue(browser.findElement(By.id("list-error")).getText()
          .contains("updated_since"), browser.findElement(By.id("list-error")).getText());
    } else {
      assertTrue(rows().size() >= 4);
    }
  }

  @Test
  void with_a_token_the_page_loads_and_reads_once_the_token_is_given() {
    try (ApiServer guarded = ApiServer.start(store, store, store,
        new ServerOptions("127.0.0.1", 0, Optional.of("s3cret-token")), problems::add)) {
      browser.get("http://127.0.0.1:" + guarded.port() + "/");
      // The page's files need no token; the API refuses without one, and the page says so.
      wait.until(d -> d.findElement(By.id("list-error")).isDisplayed());
      assertTrue(rows().isEmpty());
      browser.findElement(By.cssSelector(".settings summary")).click();
      browser.findElement(By.cssSelector("#token-form [name=token]")).sendKeys("s3cret-token");
      browser.findElement(By.cssSelector("#token-form button[type=submit]")).click();
      wait.until(d -> rows().size() >= 4);
      assertFalse(browser.findElement(By.id("list-error")).isDisplayed());
      js("sessionStorage.clear()");
    }
  }

  @Test
  void the_page_asks_no_other_host_and_sends_a_content_security_policy() throws Exception {
    browser.get(base() + "/");
    wait.until(d -> !d.findElements(By.cssSelector(".leaflet-overlay-pane path")).isEmpty());
    wait.until(d -> rows().size() >= 4);
    Object elsewhere = js("return performance.getEntriesByType('resource').map(r => r.name)"
        + ".filter(n => !n.startsWith(location.origin))");
    assertEquals(List.of(), elsewhere);
    // Open an event too, so that the view's elements are built under the policy as well.
    rows().get(0).click();
    visible("#event-view mark");
    List<String> refused = new ArrayList<>();
    browser.manage().logs().get(LogType.BROWSER).forEach(entry -> {
      if (entry.getMessage().contains("Content Security Policy")) {
        refused.add(entry.getMessage());
      }
    });
    assertEquals(List.of(), refused, "nothing the page does is refused by its own policy");
    browser.findElement(By.id("event-close")).click();
    HttpResponse<String> page = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(base() + "/")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("")
        .contains("default-src 'self'"), page.headers().toString());
  }

  @Test
  void state_and_province_borders_are_drawn_when_zoomed_in_only() throws Exception {
    browser.get(base() + "/");
    wait.until(d -> d.findElement(By.id("status")).getText().contains("on the map"));
    // Fitted to Aleppo and Kharkiv the map is close enough already; else zoom in until it is.
    wait.until(d -> {
      if (!admin1Lines().isEmpty()) {
        return true;
      }
      d.findElement(By.cssSelector(".leaflet-control-zoom-in")).click();
      return false;
    });
    String path = admin1Lines().get(0).getAttribute("d");
    assertTrue(path.length() > 10_000, "thousands of border points, not a stub: " + path.length());
    Object fetched = js("return performance.getEntriesByType('resource').map(r => r.name)"
        + ".filter(n => n.endsWith('/basemap/admin1-10m.json')).length");
    assertEquals(1L, fetched);
    HttpResponse<String> file = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(base() + "/basemap/admin1-10m.json")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, file.statusCode());
    assertTrue(file.body().contains("\"admin1\"") && file.body().contains("MultiLineString"));
    screenshot("admin1");

    // On the whole world the borders are left out, so the world view stays light.
    wait.until(d -> {
      WebElement out = d.findElement(By.cssSelector(".leaflet-control-zoom-out"));
      if (out.getAttribute("class").contains("leaflet-disabled")) {
        return true;
      }
      out.click();
      return false;
    });
    wait.until(d -> admin1Lines().isEmpty());
    assertFalse(browser.findElements(By.cssSelector(".leaflet-overlay-pane path")).isEmpty(),
        "the countries stay");
    screenshot("world");
  }

  private static List<WebElement> admin1Lines() {
    return browser.findElements(By.cssSelector(".leaflet-admin1-pane path"));
  }

  /** The element once shown; else a failure that tells what the page showed and logged. */
  private static WebElement visible(String css) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    } catch (TimeoutException e) {
      StringBuilder log = new StringBuilder();
      browser.manage().logs().get(LogType.BROWSER)
          .forEach(entry -> log.append('\n').append(entry.getMessage()));
      throw new AssertionError("no " + css + " on the page; the event view says: "
          + js("return document.getElementById('event-view').outerHTML") + "; the console:" + log,
          e);
    }
  }

  private static List<WebElement> rows() {
    return browser.findElements(By.cssSelector("#list .event-row"));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** A build artefact, for a person to look at. */
  private static void screenshot(String name) throws IOException {
    Path dir = Path.of("target", "page-screenshots");
    Files.createDirectories(dir);
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** The event with evidence for actor 1 and location too, and its sentence, as extraction. */
  private static Event withFields(Article a, Event e, String actorAndVerb) {
    String text = a.text();
    int actor = text.indexOf(actorAndVerb);
    int actorEnd = actor + actorAndVerb.lastIndexOf(' ');
    int sentenceEnd = text.indexOf('.', actor) + 1;
    int place = text.indexOf("Aleppo", actor);
    List<Evidence> evidence = new ArrayList<>(e.evidence());
    evidence.add(new Evidence("sentence", text.substring(actor, sentenceEnd), actor, sentenceEnd,
        "sentence"));
    evidence.add(new Evidence("actor1", text.substring(actor, actorEnd), actor, actorEnd, ""));
    evidence.add(new Evidence("location", "Aleppo", place, place + 6, ""));
    return e.withEvidence(evidence);
  }
}
