package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.actor.ActorKnowledgeBase;
import org.sitrep.actor.ActorLookup;
import org.sitrep.actor.ActorScope;
import org.sitrep.actor.ActorTables;
import org.sitrep.model.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep actors lookup NAME}: the actor a phrase resolves to in a story of a country and
 * date, the table row that decided, and the rows passed over with the reason.
 */
@Command(
    name = "lookup",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Show the actor a name or description resolves to, and why.",
    footer = {
      "",
      "Example: sitrep actors lookup Houthi rebels --country YE --date 2020-05-01",
      "",
      "Exit codes: 0 success, also when the phrase names no actor; 1 internal error; 2 usage,"
          + " such as an unknown --country, a bad --date or a malformed --actors table."
    })
final class ActorsLookupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ActorsOption actors;

  @Option(
      names = "--country",
      paramLabel = "COUNTRY",
      description = "The story's country: ISO code (UA, UKR) or name (Ukraine).")
  Optional<String> country = Optional.empty();

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The story's date (default: none, so rows still in force apply).")
  Optional<String> date = Optional.empty();

  @Option(names = "--json", description = "Print a JSON array of what was found.")
  boolean json;

  @Parameters(
      arity = "1..*",
      paramLabel = "NAME",
      description = "The name or description (several words are joined with spaces).")
  List<String> name;

  @Override
  public Integer call() {
    ActorKnowledgeBase kb = ActorTables.of(actors.tables);
    Optional<String> iso3 = country.map(c -> kb.countryCode(c).orElseThrow(() ->
        new ParameterException(spec.commandLine(), "--country: '" + c + "' is not a country the"
            + " actor tables know; give an ISO code (UA, UKR) or a name (Ukraine)")));
    Optional<LocalDate> day = date.map(this::day);
    String phrase = String.join(" ", name);
    List<ActorLookup.Found> found = ActorLookup.explain(kb, phrase, new ActorScope(iso3, day));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(json(found));
    } else if (found.isEmpty()) {
      out.println("'" + phrase + "' names no actor the tables know"
          + iso3.map(c -> " in a story of " + c).orElse("") + ".");
      for (ActorLookup.Row row : ActorLookup.passedOver(kb, phrase, new ActorScope(iso3, day))) {
        out.println("  " + row.source() + "  " + row.name() + "  " + row.verdict());
      }
    } else {
      found.forEach(f -> print(out, f));
    }
    out.flush();
    return 0;
  }

  private LocalDate day(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(),
          "--date: '" + text + "' is not a date (YYYY-MM-DD)");
    }
  }

  private static void print(PrintWriter out, ActorLookup.Found f) {
    Actor a = f.actor();
    out.println(a.name());
    out.println("  inter " + a.inter() + ", CAMEO " + (a.cameo().isEmpty() ? "-" : a.cameo())
        + ", country " + (a.iso3().isEmpty() ? "-" : a.iso3())
        + (a.generic() ? ", a description" : ", a named actor"));
    out.println("  from '" + f.text() + "' (alias '" + f.alias() + "')");
    for (ActorLookup.Row row : f.rows()) {
      out.println("  " + row.source() + "  " + row.name() + "  " + row.verdict());
    }
  }

  private static String json(List<ActorLookup.Found> found) {
    try {
      return new ObjectMapper().writeValueAsString(found);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the lookup as JSON: " + e.getMessage(), e);
    }
  }
}
