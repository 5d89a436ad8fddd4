package org.sitrep.actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.actor.ActorTableReader.Problem;
import org.sitrep.internal.DataTable;

/**
 * Loads the actor knowledge base: the tables Sitrep ships, in the order tables.txt lists them,
 * then a user's own tables ({@code --actors FILE}), whose rows win.
 */
public final class ActorTables {
  private static final String LIST = "tables.txt";

  /** A knowledge base with every problem its tables have, for {@code sitrep actors check}. */
  public record Checked(ActorKnowledgeBase knowledgeBase, List<String> problems) {}

  private ActorTables() {}

  private static final class Shipped {
    static final ActorKnowledgeBase INSTANCE = load(List.of());
  }

  static ActorKnowledgeBase shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * The knowledge base a run uses: the shipped tables, read once per process, or with the user's
   * tables (--actors) layered over them, read now.
   *
   * @throws ActorTableException as {@link #load} does
   */
  public static ActorKnowledgeBase of(List<Path> userTables) {
    return userTables.isEmpty() ? shipped() : load(userTables);
  }

  /**
   * The shipped tables with the user's layered over them, read now.
   *
   * @throws ActorTableException naming the table, line and problem when a table is malformed or
   *     the rules' descriptions are missing
   */
  public static ActorKnowledgeBase load(List<Path> userTables) {
    Built built = build(userTables);
    List<Problem> problems = built.problems();
    if (!problems.isEmpty()) {
      String more = problems.size() > 1
          ? " (and " + (problems.size() - 1) + " more; `sitrep actors check` lists them all)"
          : "";
      throw new ActorTableException(problems.get(0) + more);
    }
    return built.knowledgeBase();
  }

  /** Reads every table and lists every problem, without stopping at the first. */
  public static Checked check(List<Path> userTables) {
    Built built = build(userTables);
    List<Problem> problems = new ArrayList<>(built.problems());
    problems.addAll(ActorCheck.problems(built.tables(), built.knowledgeBase()));
    return new Checked(built.knowledgeBase(), problems.stream().map(Problem::toString).toList());
  }

  /** The tables read, the knowledge base built from them, and the problems found on the way. */
  private record Built(List<ActorTableReader.Table> tables, ActorKnowledgeBase knowledgeBase,
      List<Problem> problems) {}

  private static Built build(List<Path> userTables) {
    List<Problem> problems = new ArrayList<>();
    List<ActorTableReader.Table> tables = read(userTables, problems);
    ActorKnowledgeBase kb = new ActorKnowledgeBase(tables, userTables.size());
    problems.addAll(ActorKnowledgeBase.missingRuleDescriptions(kb));
    return new Built(tables, kb, problems);
  }

  /** The shipped tables, then one per user table (empty when it cannot be read). */
  private static List<ActorTableReader.Table> read(List<Path> userTables, List<Problem> problems) {
    Map<String, Set<String>> groups = new HashMap<>();
    List<ActorTableReader.Table> tables = new ArrayList<>();
    for (DataTable.Line line : DataTable.bundled(ActorTables.class, LIST)) {
      String name = line.cell(0).trim();
      try (InputStream in = ActorTables.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("the actor table " + name + " is missing from the jar");
        }
        tables.add(ActorTableReader.read(in, name, groups, problems));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the actor table " + name, e);
      }
    }
    for (Path path : userTables) {
      try (InputStream in = Files.newInputStream(path)) {
        tables.add(ActorTableReader.read(in, path.toString(), groups, problems));
      } catch (NoSuchFileException e) {
        problems.add(new Problem(path.toString(), 0, "no such file"));
        tables.add(ActorTableReader.empty(path.toString()));
      } catch (IOException e) {
        problems.add(new Problem(path.toString(), 0, "cannot read (" + e.getMessage() + ")"));
        tables.add(ActorTableReader.empty(path.toString()));
      }
    }
    return tables;
  }
}
