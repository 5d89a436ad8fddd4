package org.sitrep.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.actor.ActorTableReader.Problem;
import org.sitrep.actor.ActorTableReader.Row;
import org.sitrep.actor.ActorTableReader.Table;
import org.sitrep.internal.DataTable;

/**
 * What {@code sitrep actors check} finds beyond a table's syntax: one alias naming two actors at
 * once, codes nobody knows, regimes that begin on the same day, parents that are not actors.
 * Across tables a later row overriding an earlier one is the point of layering, not a problem.
 */
final class ActorCheck {
  private static final Set<String> CAMEO_PARTS = cameoParts();

  private ActorCheck() {}

  static List<Problem> problems(List<Table> tables, ActorKnowledgeBase kb) {
    Set<String> names = new HashSet<>();
    for (Table table : tables) {
      table.rows().forEach(r -> names.add(r.entry().namePattern()));
    }
    List<Problem> problems = new ArrayList<>();
    for (Table table : tables) {
      duplicateAliases(table, problems);
      for (Row row : table.rows()) {
        codes(table.source(), row, kb, names, problems);
        institutions(table.source(), row, problems);
      }
      table.regimes().forEach((iso3, regimes) -> {
        for (int i = 1; i < regimes.size(); i++) {
          if (regimes.get(i).from().equals(regimes.get(i - 1).from())) {
            problems.add(new Problem(table.source(), line(regimes.get(i).source()),
                "two regimes of " + iso3 + " begin on " + regimes.get(i).from()));
          }
        }
        if (!kb.countries().containsKey(iso3)) {
          problems.add(new Problem(table.source(), line(regimes.get(0).source()),
              "regime of " + iso3 + ", which no @country row names"));
        }
      });
    }
    return problems;
  }

  /** The same alias naming two actors in one table for the same stories on the same days. */
  private static void duplicateAliases(Table table, List<Problem> problems) {
    Map<String, List<Row>> byAlias = new HashMap<>();
    for (Row row : table.rows()) {
      for (String alias : row.aliases()) {
        List<Words.Word> words = Words.of(alias);
        String key = Words.key(words, 0, words.size());
        for (Row other : byAlias.getOrDefault(key, List.of())) {
          if (clash(row.entry(), other.entry())) {
            problems.add(new Problem(table.source(), row.line(), "alias '" + alias + "' names '"
                + row.entry().namePattern() + "' here and '" + other.entry().namePattern()
                + "' at line " + other.line() + ", in the same stories and period"));
          }
        }
        byAlias.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
      }
    }
  }

  private static boolean clash(ActorEntry a, ActorEntry b) {
    if (a.identity().equals(b.identity())) {
      return false;
    }
    // A row for stories that say certain words refines one for every story.
    if (a.when().isPresent() != b.when().isPresent()) {
      return false;
    }
    boolean sameStories = a.contexts().isEmpty() && b.contexts().isEmpty()
        || a.contexts().stream().anyMatch(b.contexts()::contains);
    return sameStories && a.period().overlaps(b.period());
  }

  private static void codes(String source, Row row, ActorKnowledgeBase kb, Set<String> names,
      List<Problem> problems) {
    ActorEntry e = row.entry();
    String country = e.iso3();
    if (!country.isEmpty() && !country.equals(ActorEntry.STORY_COUNTRY)
        && !kb.countries().containsKey(country)) {
      problems.add(new Problem(source, row.line(), "country " + country + " has no @country row"));
    }
    for (String context : e.contexts()) {
      if (!kb.countries().containsKey(context)) {
        problems.add(new Problem(source, row.line(), "context " + context + " has no @country row"));
      }
    }
    String cameo = e.cameoPattern().startsWith("*") ? "XXX" + e.cameoPattern().substring(1)
        : e.cameoPattern();
    if (!cameo.isEmpty()) {
      if (!cameo.matches("([A-Z]{3})+")) {
        problems.add(new Problem(source, row.line(),
            "CAMEO code '" + e.cameoPattern() + "' is not a run of three-letter capitals"));
      } else {
        boolean organisation = false;
        for (int i = 0; i < cameo.length(); i += 3) {
          String part = cameo.substring(i, i + 3);
          // CAMEO gives each international organisation a code of its own after IGO or NGO
          // ("IGOUNOWFP"); those are too many to list.
          boolean known = part.equals("XXX") && i == 0 || CAMEO_PARTS.contains(part)
              || kb.countries().containsKey(part) || organisation;
          organisation |= part.equals("IGO") || part.equals("NGO");
          if (!known) {
            problems.add(new Problem(source, row.line(), "unknown CAMEO code part '" + part
                + "' in '" + e.cameoPattern() + "' (known parts: cameo-codes.tsv and ISO3 codes)"));
          }
        }
      }
    }
    if (!e.parent().isEmpty() && !names.contains(e.parent())) {
      problems.add(new Problem(source, row.line(),
          "parent '" + e.parent() + "' is not the name of an actor in the tables"));
    }
    for (String affiliate : e.affiliates()) {
      if (!names.contains(affiliate)) {
        problems.add(new Problem(source, row.line(),
            "affiliate '" + affiliate + "' is not the name of an actor in the tables"));
      }
    }
  }

  /**
   * "National Guard" names a different body in every country: a row of one country's forces
   * that lists it for every story would take other countries' guards for its own.
   */
  private static void institutions(String source, Row row, List<Problem> problems) {
    ActorEntry e = row.entry();
    if (e.isContextual() || e.iso3().isEmpty() || e.iso3().equals(ActorEntry.STORY_COUNTRY)) {
      return;
    }
    for (String alias : row.aliases()) {
      if (InstitutionWords.only(alias)) {
        problems.add(new Problem(source, row.line(), "alias '" + alias + "' is a name many"
            + " countries' bodies share; list it in a row limited to " + e.iso3()
            + " stories (context column)"));
      }
    }
  }

  private static int line(String source) {
    int colon = source.lastIndexOf(':');
    return colon < 0 ? 0 : Integer.parseInt(source.substring(colon + 1));
  }

  private static Set<String> cameoParts() {
    Set<String> parts = new HashSet<>();
    for (DataTable.Line line : DataTable.bundled(ActorCheck.class, "cameo-codes.tsv")) {
      parts.add(line.cell(0).trim());
    }
    return Set.copyOf(parts);
  }
}
