package org.sitrep.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.actor.ActorKnowledgeBase;
import org.sitrep.actor.ActorScope;
import org.sitrep.actor.StateForces;
import org.sitrep.model.Actor;
import org.sitrep.model.Evidence;

/**
 * Turns an argument phrase into an actor: by name from the dictionary, or by reference back to one
 * ("them", "the terrorist organization"), or by who is speaking ("the forces" in a commander's
 * words are his own), or by allegiance ("armed forces loyal to them" are a pro-government militia).
 */
final class ActorResolver {
  /**
   * A resolved actor with the words that name it (the antecedent, for a pronoun), and the actors
   * the phrase says it fights beside ("militiamen loyal to the army": the army).
   */
  record Resolved(Actor actor, Evidence evidence, List<Resolved> allies) {
    Resolved {
      allies = List.copyOf(allies);
    }

    Resolved(Actor actor, Evidence evidence) {
      this(actor, evidence, List.of());
    }
  }

  private static final Set<String> PRONOUNS = Set.of(
      "it", "they", "them", "its", "their", "he", "him", "his", "itself", "themselves");
  /** "officers", "three officers": the state's forces named before, else the police. */
  private static final Pattern BARE_OFFICERS = Pattern.compile(
      "^(the\\s+|an?\\s+|two\\s+|three\\s+|four\\s+|five\\s+|several\\s+|\\d+\\s+)?officers?$");
  /** Descriptions that point back to the last armed group named. */
  private static final Pattern GROUP_DESCRIPTION = Pattern.compile(
      "^(the|these|those|this|that)\\s+(\\w+\\s+)?(organi[sz]ation|group|militants|jihadists|"
          + "extremists|terrorists|insurgents|rebels|guerrillas|militia|fighters|assailants|attackers|gunmen)$");
  /** "the forces", "our forces", "we" in a quoted commander's words. */
  private static final Pattern OWN_SIDE = Pattern.compile(
      "^(the|our)\\s+(forces|fighters|troops|men|units?|air force|army|military|navy|jets|warplanes|aircraft)$"
          + "|^(we|us|our)$");
  /** What only a state has: a group's spokesman means the state's by "the army". */
  private static final Pattern STATE_WORDS = Pattern.compile(
      "^the\\s+(air force|army|military|navy|jets|warplanes|aircraft)$");
  private static final Pattern BARE_SOLDIERS = Pattern.compile(
      "^(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|several)\\s+)?"
          + "(?:soldiers?|troops|servicem[ae]n)$");
  private static final Pattern BACKERS_OF = Pattern.compile(
      "^(.*\\b(?:supporters|followers|sympathi[sz]ers|loyalists|relatives|families|family))"
          + "\\s+of\\s+.+$");
  private static final Pattern POSSESSED = Pattern.compile(
      "^(its|their)\\s+(own\\s+)?(fighters|forces|troops|men|members|units|militants|soldiers|"
          + "gunmen|jets|warplanes|aircraft|drones|artillery|police|officers|helicopters|"
          + "gunships|planes|missiles|rockets)$");
  private static final Pattern HELD = Pattern.compile("(?i)^(?:the\\s+)?(.+?)\\s+(?:positions?|"
      + "posts?|outposts?|bases?|checkpoints?|barracks|headquarters|convoys?|patrols?|vehicles?)$");
  /** "a checkpoint", "2 check points": a post of the state's forces whose owner goes unsaid. */
  private static final Pattern UNOWNED_POST = Pattern.compile("(?i)^(?:(?:a|an|the|one|two|three|"
      + "four|five|several|some|\\d+)\\s+)?(?:check[\\s-]?points?|check[\\s-]?posts?|"
      + "security\\s+posts?)$");
  /** "armed herders", "heavily armed villagers": people who bear arms. */
  private static final Pattern ARMED = Pattern.compile("^(?:\\S+\\s+)?(?:heavily\\s+)?armed\\s+\\S");
  private static final Pattern PROTESTING = Pattern.compile(
      "^\\S+(?:\\s+\\S+)?\\s+(?:who\\s+(?:were|was|had\\s+been)\\s+)?(?:protesting|demonstrating|"
          + "rallying|picketing|marching)\\b");
  /** "a peaceful march", "the rally": a gathering to protest, as what an act is done to. */
  private static final Pattern GATHERING = Pattern.compile(
      "^(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}(?:march|marches|rally|rallies|demonstration|"
          + "demonstrations|protest|protests|sit-in|sit-ins|procession|processions|vigil|vigils)$");
  /** "a 70-year-old man", "a pregnant woman": one person, described before the noun. */
  private static final Pattern DESCRIBED_PERSON = Pattern.compile(
      "^(an?|the|one)\\s+(?:[\\w'-]+\\s+){1,3}([\\w-]+)$");
  private static final Pattern LOYAL_TO = Pattern.compile(
      "\\b(?:loyal to|allied (?:to|with)|aligned (?:to|with)|fighting (?:for|alongside))\\s+(.+)$");

  private final ActorKnowledgeBase dictionary;
  private final StateForces stateForces;

  ActorResolver(ActorKnowledgeBase dictionary) {
    this.dictionary = dictionary;
    this.stateForces = StateForces.load(dictionary);
  }

  /** "lawyers", "five villagers": a common noun in the plural names more than one person. */
  private static boolean namesMany(String words) {
    String[] w = words.strip().split("\\s+");
    String last = w[w.length - 1];
    return !last.isEmpty() && Character.isLowerCase(last.charAt(0)) && last.endsWith("s")
        && !last.endsWith("ss") && !last.endsWith("us");
  }

  static boolean isPronoun(Evidence phrase) {
    return PRONOUNS.contains(phrase.text().trim().toLowerCase(Locale.ROOT));
  }

  /** The actor a description names in the story's scope, with the words that stand for it. */
  Optional<Resolved> described(String description, StoryContext story, Evidence evidence) {
    return dictionary.resolve(description, story.actorScope()).map(a -> new Resolved(a, evidence));
  }

  /** The last armed party named before a pronoun: state forces, rebels, militias, foreigners. */
  Optional<Resolved> armedReferent(Evidence pronoun, StoryContext story, Optional<Actor> other) {
    return story.lastActorBefore(pronoun.start(), other,
            a -> a.inter() >= 1 && a.inter() <= 4 || a.inter() == 8)
        .map(n -> new Resolved(n.value(), referredFrom(n.evidence(), pronoun)));
  }

  /** A pronoun, or men named by whose they are ("its fighters"): both refer back. */
  static boolean refersBack(Evidence phrase) {
    return isPronoun(phrase)
        || POSSESSED.matcher(phrase.text().trim().toLowerCase(Locale.ROOT)).matches();
  }

  /** The forces of the country a people's adjective names, by the noun after it. */
  Optional<Actor> forcesOf(String adjective, String noun, ActorScope scope) {
    return stateForces.ofACountry(adjective, noun, scope);
  }

  /**
   * @param other the actor on the other side, never the antecedent of a pronoun here
   * @param speaker the actor whose spokesman says the sentence, if any
   */
  Optional<Resolved> resolve(Evidence phrase, StoryContext story, Optional<Actor> other,
      Optional<StoryContext.Named<Actor>> speaker) {
    String text = phrase.text().trim().toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(text)) {
      // "it" is a group, an army or a device, never the people of a crowd or the civilians.
      boolean singular = text.equals("it") || text.equals("itself");
      // "he" is one person, never "lawyers" or "five villagers" named before him.
      boolean person = text.equals("he") || text.equals("him") || text.equals("his");
      return story.lastActorBefore(phrase.start(), other,
              a -> !singular || !a.generic() && a.inter() != 7)
          .filter(n -> !person || !namesMany(n.evidence().text()))
          .map(n -> new Resolved(n.value(), referredFrom(n.evidence(), phrase)));
    }
    Matcher possessed = POSSESSED.matcher(text);
    if (possessed.matches()) {
      // "its fighters", "their forces": the men of whoever "its" refers to; civilians have none
      // ("killing four civilians. A resistance group said its fighters had clashed").
      // "Ukraine said its drones had struck": whose they are is first who says so.
      return speaker.filter(n -> n.value().inter() != 7)
          .or(() -> story.lastActorBefore(phrase.start(), other, a -> a.inter() != 7))
          .map(n -> new Resolved(n.value(), referredFrom(n.evidence(), phrase)));
    }
    Matcher loyal = LOYAL_TO.matcher(text);
    if (loyal.find()) {
      return loyalTo(phrase, loyal.group(1), story, other);
    }
    // An army's spokesman calls the enemy "the fighters"; a group's calls its own so.
    // A group's spokesman calls the enemy "the military"; an army's calls itself so.
    boolean enemyWord = text.endsWith("fighters") || text.endsWith(" men");
    boolean stateWord = STATE_WORDS.matcher(text).matches();
    boolean stateSpeaker = speaker.map(s -> EventTyping.stateForce(s.value())).orElse(false);
    if (speaker.isPresent() && OWN_SIDE.matcher(text).matches()
        && !(enemyWord && text.startsWith("the ") && speaker.get().value().inter() == 1)
        && !(stateWord && !stateSpeaker)) {
      StoryContext.Named<Actor> s = speaker.get();
      return Optional.of(new Resolved(s.value(), referredFrom(s.evidence(), phrase)));
    }
    // "Two soldiers were wounded ..., the Turkish defence ministry said": soldiers no word
    // places are those of the army that tells of them, not the story's country's.
    if (speaker.isPresent() && phrase.field().equals("actor2")
        && BARE_SOLDIERS.matcher(text).matches() && isArmy(speaker.get().value())) {
      StoryContext.Named<Actor> s = speaker.get();
      return Optional.of(new Resolved(s.value(), referredFrom(s.evidence(), phrase)));
    }
    // "National Guard officers ... three officers were injured": bare officers are the state's
    // forces named before them; only when none was are they the police.
    if (BARE_OFFICERS.matcher(text).matches()) {
      // Forces, not a government or its leader ("supporters of former Prime Minister X").
      Optional<Resolved> before = story.lastActorBefore(phrase.start(), other,
              a -> a.inter() == 1 && a.name().contains("Forces"))
          .map(n -> new Resolved(n.value(), referredFrom(n.evidence(), phrase)));
      if (before.isPresent()) {
        return before;
      }
    }
    // "a military air strike": the word alone, an adjective before the act, is the army.
    Optional<Actor> named = dictionary.resolve(text.equals("military") ? "the military"
        : phrase.text(), story.actorScope());
    if (named.isEmpty() && phrase.field().endsWith("actor2")) {
      named = describedCivilian(text, story);
    }
    if (named.map(a -> a.inter() == 1).orElse(false)
        && UnknownGroups.ownName(phrase.text(), w -> dictionary.countryCode(w).isPresent())) {
      named = Optional.empty();
    }
    // "armed herders": people the tables know as civilians, bearing arms, are a militia of their
    // community where the tables know one, else armed men of no known group. (Armed protesters
    // or rioters are still a crowd.)
    if (named.map(a -> a.inter() == 7).orElse(false) && ARMED.matcher(text).find()) {
      named = dictionary.resolve("communal militia", story.actorScope())
          .or(() -> dictionary.resolve("armed men", story.actorScope()));
    }
    // "supporters of jailed former Prime Minister Imran Khan": people who back a leader are not
    // the state he heads or headed; they are what the words before "of" describe.
    Matcher backers = BACKERS_OF.matcher(text);
    if (backers.matches() && named.map(a -> a.inter() == 1).orElse(false)) {
      named = dictionary.resolve(backers.group(1), story.actorScope());
    }
    // "students protesting outside the ministry", "nurses who were demonstrating": people named
    // by what they do there are protesters, whoever they are otherwise.
    // Rioters stay rioters, whatever they protest.
    if (PROTESTING.matcher(text).find() && named.map(a -> a.inter() != 5).orElse(true)) {
      Optional<Actor> crowd = dictionary.resolve("protesters", story.actorScope());
      if (crowd.isPresent()) {
        return Optional.of(new Resolved(crowd.get(), phrase));
      }
    }
    // "opened fire on a peaceful march": those a protest is made of, when the state's forces use
    // force on it; gunmen who fire on a campaign rally attack the civilians gathered there. The
    // procession that drivers held is their protest, no other side of it.
    boolean armed = other.map(a -> a.inter() <= 4 || a.inter() == 8).orElse(true);
    if (phrase.field().equals("actor2") && named.isEmpty() && armed
        && GATHERING.matcher(text).matches()) {
      boolean byTheState = other.map(a -> a.inter() == 1).orElse(true);
      Optional<Actor> crowd = dictionary.resolve(byTheState ? "protesters" : "civilians",
          story.actorScope());
      if (crowd.isPresent()) {
        return Optional.of(new Resolved(crowd.get(), phrase.withNote(
            "the people of the gathering the act was done to")));
      }
    }
    // "American NATO service members": ACLED names an alliance's troops by their country.
    boolean alliance = named.map(a -> a.iso3().isEmpty() && a.inter() == 8).orElse(false);
    if (named.isPresent() && !named.get().generic() && !isStoryForces(named.get(), story)
        && !(alliance && stateForces.resolve(phrase.text(), story.actorScope()).isPresent())) {
      return Optional.of(new Resolved(named.get(), phrase));
    }
    // "Russia fired two missiles", "Israel launched air strikes": a state that acts by force acts
    // by its army; so does one joined to it ("Russia and Belarus"), and one that tells of its
    // forces' acts ("Ukraine said its drones had struck").
    Optional<String> state = named.isEmpty()
        && (phrase.field().equals("actor1") || phrase.field().equals("assoc_actor_1")
            || phrase.field().equals("speaker"))
        ? dictionary.countryCode(phrase.text().strip()) : Optional.empty();
    if (state.isPresent()) {
      // The story's own state's army is a description of its country; another's, a foreign force.
      Optional<Actor> army = stateForces.resolve(phrase.text().strip() + "'s forces",
          story.actorScope())
          .or(() -> dictionary.resolve("troops", story.actorScope().in(state.get())));
      if (army.isPresent()) {
        return Optional.of(new Resolved(army.get(), phrase));
      }
    }
    // "Iraqi jets", "Turkish drones": forces named by their country, whatever the story's country.
    Optional<Actor> national = stateForces.resolve(phrase.text(), story.actorScope());
    if (national.isPresent()) {
      return Optional.of(new Resolved(national.get(), phrase));
    }
    if (named.isPresent() && !named.get().generic()) {
      return Optional.of(new Resolved(named.get(), phrase));
    }
    // "pro-Hadi positions", "Houthi checkpoints": the forces that hold them.
    Matcher held = HELD.matcher(phrase.text().strip());
    if (named.isEmpty() && held.matches()) {
      Optional<Actor> holders = dictionary.resolve(held.group(1) + " forces", story.actorScope())
          .or(() -> stateForces.resolve(held.group(1) + " forces", story.actorScope()));
      if (holders.isPresent()) {
        return Optional.of(new Resolved(holders.get(), phrase));
      }
    }
    // "Taliban militants attacked a check point": a checkpoint an armed group attacks is manned
    // by the other armed party the sentence names ("killing two policemen", "pro-government
    // militiamen were wounded"); if it names none, by the state's forces, which ACLED codes as
    // the military when the report does not say.
    if (named.isEmpty() && other.map(a -> a.inter() >= 2 && a.inter() <= 4).orElse(true)
        && phrase.field().equals("actor2") && UNOWNED_POST.matcher(text).matches()) {
      Optional<Resolved> holders = story.otherArmedPartyInSentence(phrase.start(), other)
          .map(n -> new Resolved(n.value(), referredFrom(n.evidence(), phrase)))
          .or(() -> dictionary.resolve("security forces", story.actorScope())
              .map(a -> new Resolved(a, phrase.withNote("the state's forces, who man a checkpoint"
                  + " whose holder the report does not name"))));
      if (holders.isPresent()) {
        return holders;
      }
    }
    // "the assailants" after "Islamic State fighters attacked" are those fighters, not unknowns.
    if (GROUP_DESCRIPTION.matcher(text).matches()) {
      Optional<Resolved> back = story
          .lastActorBefore(phrase.start(), other, a -> (a.inter() == 2 || a.inter() == 3) && !a.generic())
          .map(n -> new Resolved(n.value(), referredFrom(n.evidence(), phrase)));
      if (back.isPresent()) {
        return back;
      }
    }
    // "Qqq militiamen", "armed Qqq youths": a people's militia the tables do not list.
    Optional<Actor> people = UnknownGroups.people(phrase.text(), false, story.country(),
        dictionary::countryCode, dictionary::countryName);
    if (people.isPresent()) {
      return Optional.of(new Resolved(people.get(), phrase.withNote(PEOPLE_NOTE)));
    }
    if (named.isPresent()) {
      return named.map(a -> new Resolved(a, phrase));
    }
    // "Mohammed Salah, a member of the Taliban, detonated": the person acts for the group the
    // story puts him in; the evidence is his name, the note says where the story says so.
    Optional<Resolved> member = memberOf(phrase, story);
    if (member.isPresent()) {
      return member;
    }
    return UnknownGroups.named(phrase.text(), story.country())
        .map(a -> new Resolved(a, new Evidence(phrase.field(), phrase.text(), phrase.start(),
            phrase.end(), "a group the actor tables do not know, named by its own words")));
  }

  private static final String PEOPLE_NOTE = "the militia of a people the actor tables do not know, "
      + "named by ACLED's convention";

  /** A person's name whose group the story gives (see {@link StoryContext#affiliation}). */
  private static Optional<Resolved> memberOf(Evidence phrase, StoryContext story) {
    String[] words = phrase.text().strip().split("\\s+");
    String surname = words[words.length - 1].replaceAll("['’]s?$", "");
    if (!Character.isUpperCase(surname.isEmpty() ? 'x' : surname.charAt(0))) {
      return Optional.empty();
    }
    return story.affiliation(surname)
        .map(n -> new Resolved(n.value(), new Evidence(phrase.field(), phrase.text(),
            phrase.start(), phrase.end(), "of '" + n.evidence().text() + "' at "
                + n.evidence().start() + ", as the story says")));
  }

  /**
   * "killing a 70-year-old man", "a local woman": the tables list one civilian with the article
   * before the noun ("a man", so that "to man the checkpoints" names no one), and the words that
   * describe him stand between them. Only the civilians are read so, and only as those an act was
   * done to: a described noun that names an armed party is found inside the phrase as it is, and
   * one person who acts alone is seldom a party.
   */
  private Optional<Actor> describedCivilian(String text, StoryContext story) {
    Matcher person = DESCRIBED_PERSON.matcher(text);
    return person.matches()
        ? dictionary.resolve((person.group(1).equals("the") ? "the " : "a ") + person.group(2),
            story.actorScope())
            .filter(a -> a.inter() == 7)
        : Optional.empty();
  }

  /** "troops" alone resolve to the story's own forces; an adjective may name others. */
  private static boolean isStoryForces(Actor a, StoryContext story) {
    return a.inter() == 1 && story.country().map(c -> c.equals(a.iso3())).orElse(false);
  }

  /** A state's army, at home or abroad; not its police, whose word on soldiers is no own. */
  private static boolean isArmy(Actor a) {
    return EventTyping.stateForce(a) && a.name().startsWith("Military Forces of");
  }

  /**
   * Forces loyal to a state's forces are, in ACLED's terms, a pro-government militia, with the
   * state's forces beside them; forces loyal to a group are that group's, unless named otherwise.
   */
  private Optional<Resolved> loyalTo(Evidence phrase, String patron, StoryContext story,
      Optional<Actor> other) {
    int patronStart = phrase.end() - patron.length();
    Optional<Resolved> patronActor = PRONOUNS.contains(patron.trim())
        ? other.map(a -> new Resolved(a, phrase))
            .or(() -> story.lastActorBefore(phrase.start(), Optional.empty(), a -> true)
                .map(n -> new Resolved(n.value(), referredFrom(n.evidence(), phrase))))
        : dictionary.resolve(patron, story.actorScope()).map(a -> new Resolved(a,
            new Evidence(phrase.field(), patron, patronStart, phrase.end(), "named as the ally")));
    if (patronActor.map(r -> r.actor().inter() == 1).orElse(false)) {
      return dictionary.resolve("pro-government militia", story.actorScope())
          .map(a -> new Resolved(a, phrase, List.of(patronActor.get())));
    }
    String own = phrase.text().substring(0, Math.max(0, phrase.text().length() - patron.length()));
    Optional<Actor> named = dictionary.resolve(own, story.actorScope()).filter(a -> !a.generic());
    if (named.isPresent()) {
      return Optional.of(new Resolved(named.get(), phrase, patronActor.stream().toList()));
    }
    return patronActor.map(r -> new Resolved(r.actor(), r.evidence()))
        .or(() -> dictionary.resolve(phrase.text(), story.actorScope())
            .map(a -> new Resolved(a, phrase)));
  }

  /** How the evidence of an actor named before, and pointed to here, begins its note. */
  static final String REFERRED = "referred to as '";

  /** Evidence on the antecedent's words, saying which words of the sentence point to them. */
  private static Evidence referredFrom(Evidence antecedent, Evidence reference) {
    return new Evidence(reference.field(), antecedent.text(), antecedent.start(), antecedent.end(),
        REFERRED + reference.text() + "' at " + reference.start());
  }

  private static final Pattern BARE_ARMY = Pattern.compile(
      "(?i)(?:the\\s+|an?\\s+)?(?:army|military)");

  /**
   * "People's Defence Force fighters said they ...": the fighters a group's name goes before are
   * its own men, not an unnamed group that "they" may refer back to.
   */
  static void withoutOwnMen(List<StoryContext.Named<Actor>> actors, String text) {
    for (int i = actors.size() - 1; i > 0; i--) {
      Evidence men = actors.get(i).evidence();
      Evidence group = actors.get(i - 1).evidence();
      if (actors.get(i).value().generic() && !actors.get(i - 1).value().generic()
          && group.end() <= men.start() && text.substring(group.end(), men.start()).isBlank()) {
        actors.remove(i);
      }
    }
  }

  /**
   * "Israeli troops ... an army raid ... the army said it killed two": a bare "army" refers back
   * to the army the story has just named by its country (in its sentence or the one before), which
   * need not be the story's country's; otherwise it stays the one the tables give (the story's).
   */
  static void armiesNamedBefore(List<StoryContext.Named<Actor>> actors) {
    Optional<StoryContext.Named<Actor>> named = Optional.empty();
    for (int i = 0; i < actors.size(); i++) {
      StoryContext.Named<Actor> n = actors.get(i);
      if (!isArmy(n.value())) {
        continue;
      }
      if (!BARE_ARMY.matcher(n.evidence().text().strip()).matches()) {
        named = Optional.of(n);
      } else if (named.isPresent() && !named.get().value().equals(n.value())
          && n.sentence() - named.get().sentence() <= 1) {
        actors.set(i, new StoryContext.Named<>(named.get().value(), n.evidence(), n.sentence()));
      }
    }
  }
}
