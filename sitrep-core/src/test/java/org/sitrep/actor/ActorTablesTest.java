package org.sitrep.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;

class ActorTablesTest {
  private static final String FORMAT = "@format\tsitrep-actors\t2\n";

  @TempDir Path dir;

  private Path table(String name, String body) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, FORMAT + body, StandardCharsets.UTF_8);
    return file;
  }

  private static ActorScope on(String iso3, String date) {
    return new ActorScope(Optional.of(iso3), Optional.of(LocalDate.parse(date)));
  }

  private static String name(ActorKnowledgeBase kb, String phrase, ActorScope scope) {
    return kb.resolve(phrase, scope).map(Actor::name).orElse("<none>");
  }

  @Test
  void namesStateForcesByTheRegimeInOfficeOnTheStorysDate() throws IOException {
    Path mine = table("eras.tsv", """
        @regime\tNOR\t2005-10-17\t2005-2013
        @regime\tNOR\t2013-10-16\t2013-
        Military Forces of {of country}{period}\t1\tNORMIL\tNOR\tno\t\t\tNorwegian coastguard
        """);
    ActorKnowledgeBase kb = ActorTables.load(List.of(mine));
    assertEquals("Military Forces of Norway (2005-2013)",
        name(kb, "the Norwegian coastguard", on("NOR", "2013-10-15")));
    assertEquals("Military Forces of Norway (2013-)",
        name(kb, "the Norwegian coastguard", on("NOR", "2013-10-16")));
    assertEquals("Military Forces of Norway (2013-)",
        name(kb, "the Norwegian coastguard", ActorScope.NONE.in("NOR")));
  }

  @Test
  void appliesARowOnlyInItsPeriod() throws IOException {
    Path mine = table("periods.tsv", """
        Harbour Watch\t3\tNORUAF\tNOR\tno\tNOR\t..2015-06-30\tthe watchmen
        Coast Militia\t3\tNORUAF\tNOR\tno\tNOR\t2015-07..\tthe watchmen
        """);
    ActorKnowledgeBase kb = ActorTables.load(List.of(mine));
    assertEquals("Harbour Watch", name(kb, "the watchmen", on("NOR", "2015-06-30")));
    assertEquals("Coast Militia", name(kb, "the watchmen", on("NOR", "2015-07-01")));
    // Undated, the row still in force applies.
    assertEquals("Coast Militia", name(kb, "the watchmen", ActorScope.NONE.in("NOR")));
    // In another country's story neither applies.
    assertEquals("<none>", name(kb, "the watchmen", on("SWE", "2016-01-01")));
  }

  @Test
  void aUsersRowWinsOverTheShippedOne() throws IOException {
    ActorScope syria = ActorScope.NONE.in("SYR");
    assertEquals("Unidentified Armed Group (Syria)",
        name(ActorKnowledgeBase.loadDefault(), "gunmen", syria));
    Path mine = table("mine.tsv", """
        Local Gangs ({country})\t3\t*CRM\t*\tyes\t\t\tgunmen|armed robbers
        """);
    ActorKnowledgeBase kb = ActorTables.load(List.of(mine));
    assertEquals("Local Gangs (Syria)", name(kb, "gunmen", syria));
    assertEquals("Local Gangs (Syria)", name(kb, "armed robbers", syria));
    // The rest of the shipped table is still there.
    assertEquals("Protesters (Syria)", name(kb, "protesters", syria));
    assertEquals(ActorKnowledgeBase.loadDefault().size() + 1, kb.size());
  }

  @Test
  void aUsersRowRedefinesAShippedActorsCodes() throws IOException {
    Path mine = table("codes.tsv", """
        Taliban\t2\tAFGINS\tAFG\tno\t\t\tIslamic Emirate fighters
        """);
    ActorKnowledgeBase kb = ActorTables.load(List.of(mine));
    // Before the fall of Kabul (2021-08-15), when the Taliban were the insurgency.
    ActorScope afghanistan2019 =
        new ActorScope(Optional.of("AFG"), Optional.of(LocalDate.of(2019, 6, 1)));
    Actor taliban = kb.resolve("Taliban fighters", afghanistan2019).orElseThrow();
    assertEquals("AFGINS", taliban.cameo());
    assertEquals("Taliban", name(kb, "Islamic Emirate fighters", afghanistan2019));
  }

  @Test
  void aMalformedTableIsNamedWithItsLineAndProblem() throws IOException {
    Path bad = table("bad.tsv", """
        # a comment on line 2
        Somebody\tnine\t\tNOR\tno\t\t\tsomebody
        """);
    ActorTableException e =
        assertThrows(ActorTableException.class, () -> ActorTables.load(List.of(bad)));
    assertTrue(e.getMessage().startsWith(bad + ":3: inter code is not a number"), e.getMessage());

    Path noFormat = dir.resolve("old.tsv");
    Files.writeString(noFormat, "Somebody\t3\t\tNOR\tno\t\t\tsomebody\n");
    e = assertThrows(ActorTableException.class, () -> ActorTables.load(List.of(noFormat)));
    assertTrue(e.getMessage().startsWith(noFormat + ":1: the first line must be '@format"),
        e.getMessage());

    Path period = table("period.tsv", "Somebody\t3\t\tNOR\tno\t\t2019-13..\tsomebody\n");
    e = assertThrows(ActorTableException.class, () -> ActorTables.load(List.of(period)));
    assertTrue(e.getMessage().contains("period.tsv:2: '2019-13' is not a real date"),
        e.getMessage());

    Path empty = dir.resolve("empty.tsv");
    Files.writeString(empty, "");
    e = assertThrows(ActorTableException.class, () -> ActorTables.load(List.of(empty)));
    assertTrue(e.getMessage().startsWith(empty + ": the table is empty; its first line must be"),
        e.getMessage());

    Path missing = dir.resolve("nowhere.tsv");
    e = assertThrows(ActorTableException.class, () -> ActorTables.load(List.of(missing)));
    assertEquals(missing + ": no such file", e.getMessage());
  }

  @Test
  void refusesTablesThatLoseADescriptionTheRulesNeed() throws IOException {
    Path mine = table("police.tsv", """
        Night Watch\t3\tNORUAF\tNOR\tno\t\t\tpolice
        """);
    ActorTableException e =
        assertThrows(ActorTableException.class, () -> ActorTables.load(List.of(mine)));
    assertTrue(e.getMessage().contains("no row describes 'police'"), e.getMessage());
  }

  @Test
  void checkListsEveryProblemOfATable() throws IOException {
    Path mine = table("many.tsv", """
        @regime\tNOR\t2013-10-16\t2013-
        @regime\tNOR\t2013-10-16\t2013-2021
        Harbour Watch\t3\tNORUAF\tNOR\tno\t\t\tthe harbour watch|the watch
        Coast Militia\t3\tNORUAF\tNOR\tno\t\t\tthe Skagerrak militia|the Watch
        River Guards\t3\tNORXYZ\tNOR\tno\t\t\triver guards\tNordic Guard
        Fjord Guards\t3\tNORUAF\tNOR\tno\t\t..2015\tfjord guards
        Fjord Militia\t3\tNORUAF\tNOR\tno\t\t2016..\tfjord guards
        Somebody\t9\t\tNOR\tno\t\t\tsomebody
        Military Forces of Norway\t1\tNORMIL\tNOR\tno\t\t\tNorwegian Home Guard|National Guard
        Military Forces of Norway\t1\tNORMIL\tNOR\tno\tNOR\t\tthe Home Guard|Border Guard
        """);
    List<String> problems = ActorTables.check(List.of(mine)).problems();
    String all = String.join("\n", problems);
    assertTrue(all.contains(mine + ":5: alias 'the Watch' names 'Coast Militia' here and"
        + " 'Harbour Watch' at line 4"), all);
    assertTrue(all.contains(mine + ":6: unknown CAMEO code part 'XYZ'"), all);
    assertTrue(all.contains(mine + ":6: parent 'Nordic Guard' is not the name of an actor"), all);
    assertTrue(all.contains(mine + ":3: two regimes of NOR begin on 2013-10-16"), all);
    assertTrue(all.contains(mine + ":9: inter code must be 0-8, was 9"), all);
    // Rows of one alias in periods that do not meet are eras, not duplicates.
    assertTrue(problems.stream().noneMatch(p -> p.contains("fjord guards")), all);
    // A name every country's guard shares, for every story; limited to Norway's, it is fine.
    assertTrue(all.contains(mine + ":10: alias 'National Guard' is a name many countries' bodies"
        + " share"), all);
    assertEquals(6, problems.size(), all);
  }

  @Test
  void theShippedTablesPassTheirOwnCheck() {
    List<String> problems = ActorTables.check(List.of()).problems();
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void aRowWithWordsAppliesOnlyInStoriesThatSayThem() throws IOException {
    Path mine = table("when.tsv", """
        Smugglers ({country})\t3\t*CRM\t*\tyes\tNOR\t\tgunmen\t\t\ta note\tsmuggling|contraband
        """);
    ActorKnowledgeBase kb = ActorTables.load(List.of(mine));
    ActorScope smuggling = new ActorScope(Optional.of("NOR"), Optional.empty(),
        "Gunmen shot a customs officer. Police suspect a contraband ring.");
    ActorScope plain = new ActorScope(Optional.of("NOR"), Optional.empty(),
        "Gunmen shot a shopkeeper in Bergen.");
    assertEquals("Smugglers (Norway)", name(kb, "gunmen", smuggling));
    assertEquals("Unidentified Armed Group (Norway)", name(kb, "gunmen", plain));
  }
}
