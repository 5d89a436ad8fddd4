package org.sitrep.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.actor.ActorKnowledgeBase;
import org.sitrep.actor.ActorScope;
import org.sitrep.model.Actor;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;

/**
 * "Dinka and Nuer youths clashed", "clashes between Hema and Lendu militias": two peoples' men
 * named with one noun. Each name with the noun is a party ("Nuer youths" are the Nuer militia),
 * and the two are the act's two sides, where the phrase as a whole names one of them or none.
 * Taken only when both names with the noun are parties the tables know, and not the same one.
 */
final class SharedNoun {
  private static final String NAME = "(\\p{Lu}[\\p{L}'’-]+)";
  /**
   * Two capitalised names joined by "and", then a plural noun, the shared noun, which one word
   * may qualify ("Pakistani and Afghan border forces").
   */
  private static final Pattern TWO_PEOPLES = Pattern.compile("\\b" + NAME
      + "\\s+and\\s+(?:the\\s+)?" + NAME + "\\s+((?:\\p{Ll}[\\p{L}-]*\\s+)?\\p{Ll}[\\p{L}-]*s)\\b");
  /**
   * "Government and rebel forces clashed": the state's word, bare, joined to another side named
   * with the noun both share; the parse gives the bare word as the first side.
   */
  private static final Pattern STATE_AND_OTHER = Pattern.compile(
      "^(?<state>(?i:government|army|regime|junta))\\s+and\\s+(?:the\\s+)?(?<other>[\\p{L}'’-]+)"
          + "\\s+(?<noun>(?:\\p{Ll}[\\p{L}-]*\\s+)?\\p{Ll}[\\p{L}-]*s)\\b");
  /** "the A and B youths": two names, then the plural noun they share (groups 1, 2 and 3). */
  private static final String TWO_NAMES_AND_NOUN = "(?:the\\s+)?" + NAME
      + "\\s+and\\s+(?:the\\s+)?" + NAME + "\\s+(\\p{Ll}[\\p{L}-]*s)\\b";
  /** Words of a fight both sides take part in, where two countries' forces are its two sides. */
  private static final Pattern FIGHT = Pattern.compile(
      "(?i)^(?:clash|fight|fought|battl|skirmish|exchang|gunfight|firefight|gunbattle|shoot)");
  /**
   * The same, told right after a word of fighting: "clashes between A and B youths", "fighting
   * broke out between the A and B communities".
   */
  private static final Pattern BETWEEN = Pattern.compile(
      "^\\s+(?:(?:broke\\s+out|erupted|flared(?:\\s+up)?|resumed|raged)\\s+)?"
          + "(?:between|among)\\s+" + TWO_NAMES_AND_NOUN);
  /** The same, told of the men who fought: "armed men from the A and B communities clashed". */
  private static final Pattern FROM = Pattern.compile(
      "^\\s+(?:from|of)\\s+" + TWO_NAMES_AND_NOUN);
  static final String NOTE = "one of two peoples named with one noun ('%s'): its party";

  private SharedNoun() {}

  /** Both sides, when the mention's first side or the words after its trigger name two peoples. */
  static Optional<List<ActorResolver.Resolved>> sides(Mention m, String text,
      ActorKnowledgeBase dictionary, ActorResolver actors, ActorScope scope) {
    Optional<List<ActorResolver.Resolved>> state = stateAndOther(m, text, dictionary, scope);
    if (state.isPresent()) {
      return state;
    }
    boolean fight = foughtEachOther(m, dictionary, scope);
    Optional<List<ActorResolver.Resolved>> inPhrase = m.actor1().flatMap(p -> {
      Matcher two = TWO_PEOPLES.matcher(p.text());
      return two.find() ? both(two, p.start(), dictionary,
          fight ? Optional.of(actors) : Optional.empty(), scope) : Optional.empty();
    });
    if (inPhrase.isPresent()) {
      return inPhrase;
    }
    if (fight && m.actor1().isPresent()) {
      int after = m.actor1().get().end();
      Matcher from = FROM.matcher(text.substring(after, Math.min(text.length(), after + 120)));
      if (from.find()) {
        return both(from, after, dictionary, Optional.of(actors), scope);
      }
    }
    int end = m.trigger().end();
    Matcher between = BETWEEN.matcher(text.substring(end, Math.min(text.length(), end + 120)));
    return between.find() ? both(between, end, dictionary, Optional.of(actors), scope)
        : Optional.empty();
  }

  /**
   * "Russian and Belarusian troops attacked": in an act that is no fight between them, two
   * countries' forces named with one noun act together, the first named first and the second as
   * its ally (the phrase as a whole had named the second alone).
   */
  static Optional<ActorResolver.Resolved> allied(Mention m, ActorKnowledgeBase dictionary,
      ActorResolver actors, ActorScope scope) {
    if (foughtEachOther(m, dictionary, scope)) {
      return Optional.empty();
    }
    return m.actor1().flatMap(p -> {
      Matcher two = TWO_PEOPLES.matcher(p.text());
      if (!two.find()) {
        return Optional.empty();
      }
      String noun = two.group(3);
      Optional<Actor> first = actors.forcesOf(two.group(1), noun, scope);
      Optional<Actor> second = actors.forcesOf(two.group(2), noun, scope);
      if (first.isEmpty() || second.isEmpty() || first.get().equals(second.get())) {
        return Optional.empty();
      }
      String words = two.group().strip();
      return Optional.of(new ActorResolver.Resolved(first.get(), evidence(two, 1, p.start(), words),
          List.of(new ActorResolver.Resolved(second.get(), evidence(two, 2, p.start(), words)))));
    });
  }

  /**
   * The state's forces and the other side, when the first side the parse gave is the state's bare
   * word or the whole phrase.
   */
  private static Optional<List<ActorResolver.Resolved>> stateAndOther(Mention m, String text,
      ActorKnowledgeBase dictionary, ActorScope scope) {
    if (m.actor1().isEmpty() || !FIGHT.matcher(m.trigger().text().strip()).find()) {
      return Optional.empty();
    }
    Evidence first = m.actor1().get();
    int at = first.start();
    Matcher words = STATE_AND_OTHER.matcher(text.substring(at, Math.min(text.length(), at + 80)));
    if (!words.find()) {
      return Optional.empty();
    }
    // The sides the parse gave must be the ones the words name, not a third party.
    boolean bareWord = m.actor2().map(p -> first.end() <= at + words.start("other")
        && p.end() == at + words.end()).orElse(false);
    boolean whole = m.actor2().isEmpty() && first.end() == at + words.end();
    String noun = words.group("noun");
    Optional<Actor> state = dictionary.resolve("government " + noun, scope)
        .filter(a -> a.inter() == 1);
    Optional<Actor> other = dictionary.resolve(words.group("other") + " " + noun, scope)
        .filter(a -> a.inter() >= 2 && a.inter() <= 4);
    if (!bareWord && !whole || state.isEmpty() || other.isEmpty()) {
      return Optional.empty();
    }
    String all = words.group().strip();
    String note = String.format(Locale.ROOT, NOTE, all);
    int stateEnd = at + words.end("state");
    int otherStart = at + words.start("other");
    int end = at + words.end();
    return Optional.of(List.of(
        new ActorResolver.Resolved(state.get(),
            new Evidence("actor", text.substring(at, stateEnd), at, stateEnd, note)),
        new ActorResolver.Resolved(other.get(),
            new Evidence("actor", text.substring(otherStart, end), otherStart, end, note))));
  }

  /**
   * A fight with no other armed party named: "Russian and Belarusian troops attacked" were on one
   * side, and so were "Somali and Kenyan troops" who "clashed with militants".
   */
  private static boolean foughtEachOther(Mention m, ActorKnowledgeBase dictionary,
      ActorScope scope) {
    return FIGHT.matcher(m.trigger().text().strip()).find() && m.actor2()
        .flatMap(p -> dictionary.resolve(p.text(), scope))
        .map(a -> a.inter() < 1 || a.inter() > 4).orElse(true);
  }

  /** @param forces reads two countries' forces ("Sudanese and Ethiopian troops"), if given. */
  private static Optional<List<ActorResolver.Resolved>> both(Matcher match, int offset,
      ActorKnowledgeBase dictionary, Optional<ActorResolver> forces, ActorScope scope) {
    String noun = match.group(3);
    Optional<Actor> first = party(match.group(1), noun, dictionary, scope);
    Optional<Actor> second = party(match.group(2), noun, dictionary, scope);
    if (forces.isPresent() && (first.isEmpty() || second.isEmpty())) {
      first = forces.get().forcesOf(match.group(1), noun, scope);
      second = forces.get().forcesOf(match.group(2), noun, scope);
    }
    // "Clashes between the Qqq and Zzz communities": two peoples the tables do not list, whose
    // men fought each other, are each its militia.
    if (forces.isPresent() && (first.isEmpty() || second.isEmpty())) {
      first = people(match.group(1), noun, dictionary, scope);
      second = people(match.group(2), noun, dictionary, scope);
    }
    if (first.isEmpty() || second.isEmpty() || first.get().equals(second.get())) {
      return Optional.empty();
    }
    String words = match.group().strip();
    return Optional.of(List.of(
        new ActorResolver.Resolved(first.get(), evidence(match, 1, offset, words)),
        new ActorResolver.Resolved(second.get(), evidence(match, 2, offset, words))));
  }

  /** "Nuer youths", else "Nuer youth": the name with the noun, when it is a named party. */
  private static Optional<Actor> party(String name, String noun, ActorKnowledgeBase dictionary,
      ActorScope scope) {
    return dictionary.resolve(name + " " + noun, scope).filter(a -> named(a, name))
        .or(() -> dictionary.resolve(name + " " + noun.substring(0, noun.length() - 1), scope)
            .filter(a -> named(a, name)));
  }

  private static Optional<Actor> people(String name, String noun, ActorKnowledgeBase dictionary,
      ActorScope scope) {
    return UnknownGroups.people(name + " " + noun, true, scope.country(),
        dictionary::countryCode, dictionary::countryName);
  }

  /** A party the name names, not the noun alone ("youths" are civilians). */
  private static boolean named(Actor a, String name) {
    return !a.generic()
        && a.name().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
  }

  private static Evidence evidence(Matcher match, int group, int offset, String words) {
    return new Evidence("actor", match.group(group), offset + match.start(group),
        offset + match.end(group), String.format(Locale.ROOT, NOTE, words));
  }
}
