package org.sitrep.place;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;
import org.sitrep.model.Place;

/**
 * A gazetteer over an on-disk Lucene index, memory-mapped: the index stays on disk and in the
 * page cache, not in the heap, so all of GeoNames fits in a small JVM. Names are looked up by
 * exact term ({@link PlaceNameAnalyzer#KEY}, then {@link PlaceNameAnalyzer#VARIANT}); only a name
 * that meets nothing and is long enough to tolerate a typo gets a fuzzy search.
 *
 * <pre>{@code
 * try (LuceneGazetteer gazetteer = LuceneGazetteer.open(dir)) {
 *   gazetteer.candidates("Deir ez-Zor");
 * }
 * }</pre>
 */
public final class LuceneGazetteer implements Gazetteer, Closeable {
  /** Shorter keys get no fuzzy search: one edit turns "Homs" into "Hums", "Doms", "Home". */
  static final int FUZZY_MIN_LETTERS = 5;
  /** Keys this long tolerate two edits; shorter ones one. */
  static final int TWO_EDITS_LETTERS = 9;
  static final int FUZZY_MAX_HITS = 50;
  /** Names whose candidates are kept: some thousand articles' worth, a few MB. */
  private static final int RECENT_NAMES = 20_000;

  private final MMapDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Map<String, Place> countries;
  private final Seats seats;
  private final int size;
  private final RecentLookups recent = new RecentLookups(RECENT_NAMES);
  private final RecentLookups recentNear = new RecentLookups(RECENT_NAMES / 4);
  /** Decoded documents of a small index, or null. */
  private final PlaceDocuments.Reader[] decoded;
  /** Indexes up to this many documents are decoded at open (the bundled one has about 230,000). */
  private static final int DECODE_AT_OPEN = 400_000;

  private LuceneGazetteer(MMapDirectory directory, DirectoryReader reader) throws IOException {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.countries = loadCountries(reader);
    this.seats = loadSeats(reader);
    this.size = reader.getDocCount(PlaceDocuments.FEATURE);
    this.decoded = reader.maxDoc() <= DECODE_AT_OPEN ? decodeAll(reader) : null;
  }

  /**
   * Every document decoded once, for an index small enough (the bundled one): a stored document
   * is read from a compressed block, tens of microseconds, and an article's first sight of "Kabul"
   * would read each of its namesakes. An imported index of millions reads them as found.
   */
  private static PlaceDocuments.Reader[] decodeAll(DirectoryReader reader) throws IOException {
    PlaceDocuments.Reader[] all = new PlaceDocuments.Reader[reader.maxDoc()];
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < all.length; doc++) {
      PlaceDocuments.Reader fields = new PlaceDocuments.Reader();
      stored.document(doc, fields);
      all[doc] = fields;
    }
    return all;
  }

  private PlaceDocuments.Reader fields(StoredFields stored, int doc) throws IOException {
    if (decoded != null) {
      return decoded[doc];
    }
    PlaceDocuments.Reader fields = new PlaceDocuments.Reader();
    stored.document(doc, fields);
    return fields;
  }

  /**
   * Opens the index in dir.
   *
   * @throws IOException when dir holds no complete index of this format, naming dir
   */
  public static LuceneGazetteer open(Path dir) throws IOException {
    MMapDirectory directory = new MMapDirectory(dir);
    try {
      DirectoryReader reader = DirectoryReader.open(directory);
      String format = reader.getIndexCommit().getUserData().get(LuceneIndexBuilder.FORMAT_KEY);
      if (!Integer.toString(LuceneIndexBuilder.FORMAT).equals(format)) {
        reader.close();
        throw new IOException(dir + ": gazetteer index of format " + format + ", expected "
            + LuceneIndexBuilder.FORMAT + "; import it again");
      }
      return new LuceneGazetteer(directory, reader);
    } catch (IndexNotFoundException e) {
      directory.close();
      throw new IOException(dir + ": no gazetteer index there", e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public List<Candidate> candidates(String name) {
    return name == null ? List.of() : recent.get(name, n -> search(n, false));
  }

  @Override
  public List<Candidate> nearSpellings(String name) {
    return name == null ? List.of() : recentNear.get(name, n -> search(n, true));
  }

  private List<Candidate> search(String name, boolean near) {
    String key = PlaceNameAnalyzer.INSTANCE.term(PlaceNameAnalyzer.KEY, name);
    if (key.isEmpty()) {
      return List.of();
    }
    String loose = PlaceNameAnalyzer.INSTANCE.term(PlaceNameAnalyzer.VARIANT, name);
    try {
      Map<Integer, Hit> hits = new LinkedHashMap<>();
      if (near) {
        if (letters(key) >= FUZZY_MIN_LETTERS) {
          fuzzy(loose, key, hits);
        }
        return candidates(hits);
      }
      for (LeafReaderContext leaf : reader.leaves()) {
        find(leaf, PlaceNameAnalyzer.KEY, PlaceNameAnalyzer.MAIN_KEY, key, Candidate.Match.EXACT,
            hits);
        find(leaf, PlaceNameAnalyzer.VARIANT, PlaceNameAnalyzer.MAIN_VARIANT, loose,
            Candidate.Match.VARIANT, hits);
      }
      return candidates(hits);
    } catch (IOException e) {
      throw new UncheckedIOException("gazetteer index unreadable: " + e.getMessage(), e);
    }
  }

  /** A document a name hit, before its stored fields are read. */
  private record Hit(Candidate.Match match, boolean mainName) {
    /** The closer of two hits of one place: exact over variant, then main name over alternate. */
    Hit closer(Hit other) {
      if (match != other.match) {
        return match.compareTo(other.match) <= 0 ? this : other;
      }
      return mainName || !other.mainName ? this : other;
    }
  }

  private static void find(LeafReaderContext leaf, String field, String mainField, String term,
      Candidate.Match match, Map<Integer, Hit> hits) throws IOException {
    int[] docs = postings(leaf.reader(), field, term);
    if (docs.length == 0) {
      return;
    }
    int[] main = postings(leaf.reader(), mainField, term);
    for (int doc : docs) {
      Hit hit = new Hit(match, Arrays.binarySearch(main, doc) >= 0);
      hits.merge(leaf.docBase + doc, hit, Hit::closer);
    }
  }

  /** The documents holding the term, in order; exact term lookup, no scoring. */
  private static int[] postings(LeafReader leaf, String field, String term) throws IOException {
    Terms terms = leaf.terms(field);
    if (terms == null) {
      return new int[0];
    }
    TermsEnum te = terms.iterator();
    if (!te.seekExact(new BytesRef(term))) {
      return new int[0];
    }
    int[] docs = new int[te.docFreq()];
    PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
    int n = 0;
    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
      docs[n++] = d;
    }
    return n == docs.length ? docs : Arrays.copyOf(docs, n);
  }

  private void fuzzy(String loose, String key, Map<Integer, Hit> hits) throws IOException {
    int edits = letters(key) >= TWO_EDITS_LETTERS ? 2 : 1;
    // The first letters are rarely misspelt, and a fixed prefix keeps the automaton's walk short.
    FuzzyQuery query = new FuzzyQuery(new Term(PlaceNameAnalyzer.VARIANT, loose), edits, edits);
    for (ScoreDoc doc : searcher.search(query, FUZZY_MAX_HITS).scoreDocs) {
      hits.putIfAbsent(doc.doc, new Hit(Candidate.Match.FUZZY, false));
    }
  }

  private List<Candidate> candidates(Map<Integer, Hit> hits) throws IOException {
    if (hits.isEmpty()) {
      return List.of();
    }
    StoredFields stored = reader.storedFields();
    Map<Integer, Hit> places = new LinkedHashMap<>();
    Map<Integer, PlaceDocuments.Reader> read = new HashMap<>();
    for (Map.Entry<Integer, Hit> entry : hits.entrySet()) {
      int doc = entry.getKey();
      PlaceDocuments.Reader fields = fields(stored, doc);
      if (fields.aliasOf() == 0) {
        read.put(doc, fields);
        places.merge(doc, entry.getValue(), Hit::closer);
      } else {
        // An alternate from alternateNamesV2 names its place by id; the place may be filtered out.
        int placeDoc = placeDoc(fields.aliasOf());
        if (placeDoc >= 0) {
          places.merge(placeDoc, new Hit(entry.getValue().match(), false), Hit::closer);
        }
      }
    }
    List<Candidate> found = new ArrayList<>(places.size());
    for (Map.Entry<Integer, Hit> entry : places.entrySet()) {
      PlaceDocuments.Reader fields = read.get(entry.getKey());
      if (fields == null) {
        fields = fields(stored, entry.getKey());
      }
      Hit hit = entry.getValue();
      found.add(new Candidate(fields.place(), hit.mainName(), fields.curated(), hit.match()));
    }
    return List.copyOf(found);
  }

  /** The document of the place with this GeoNames id, or -1. */
  private int placeDoc(long geonameId) throws IOException {
    String id = Long.toString(geonameId);
    for (LeafReaderContext leaf : reader.leaves()) {
      int[] docs = postings(leaf.reader(), PlaceDocuments.GEONAME_ID, id);
      if (docs.length > 0) {
        return leaf.docBase + docs[0];
      }
    }
    return -1;
  }

  private static int letters(String key) {
    int n = 0;
    for (int i = 0; i < key.length(); i++) {
      n += Character.isLetter(key.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  /** The capitals and provinces' seats, a few thousand of each: read once, at open. */
  private static Seats loadSeats(DirectoryReader reader) throws IOException {
    Seats seats = new Seats();
    forEachOfFeature(reader, "PPLC", seats::offer);
    forEachOfFeature(reader, "PPLA", seats::offer);
    return seats;
  }

  /** Countries are asked for by code on every article: read once, at open. */
  private static Map<String, Place> loadCountries(DirectoryReader reader) throws IOException {
    Map<String, Place> countries = new HashMap<>();
    forEachOfFeature(reader, "PCLI", p -> countries.putIfAbsent(p.iso3(), p));
    return Map.copyOf(countries);
  }

  /** Every place of one GeoNames feature code, read from its stored fields. */
  private static void forEachOfFeature(DirectoryReader reader, String feature,
      java.util.function.Consumer<Place> action) throws IOException {
    StoredFields stored = reader.storedFields();
    for (LeafReaderContext leaf : reader.leaves()) {
      for (int doc : postings(leaf.reader(), PlaceDocuments.FEATURE, feature)) {
        PlaceDocuments.Reader fields = new PlaceDocuments.Reader();
        stored.document(leaf.docBase + doc, fields);
        action.accept(fields.place());
      }
    }
  }

  @Override
  public Optional<Place> country(String iso3) {
    return iso3 == null ? Optional.empty()
        : Optional.ofNullable(countries.get(iso3.toUpperCase(Locale.ROOT)));
  }

  @Override
  public Optional<Place> seatOf(Place area) {
    return seats.of(area);
  }

  @Override
  public int size() {
    return size;
  }

  /** Every country held, by ISO alpha-3 code. */
  Map<String, Place> countries() {
    return countries;
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
