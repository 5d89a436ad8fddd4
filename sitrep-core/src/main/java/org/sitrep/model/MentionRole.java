package org.sitrep.model;

/**
 * What a coded mention does in its article, which decides how it joins the others.
 *
 * <ul>
 *   <li>{@link #REPORT}: tells an event ("gunmen attacked a checkpoint near Dori on Monday").
 *   <li>{@link #REFERENCE}: points to an event as known ("the attack", "Saturday's bombing"): it
 *       joins the event it points to; with none, it is an event of its own when the report places
 *       it.
 *   <li>{@link #ASIDE}: speaks of an event while telling something else ("a probe into the
 *       explosion", "condemned the attack"): it joins the event it points to; with none, it is an
 *       event of its own only when its own words say where or when or count its dead.
 *   <li>{@link #BACKGROUND}: sets an event before the one the sentence tells ("since the attack",
 *       "after the bombing"): it joins the event it points to; with none, it is an event of its
 *       own only when its own words date it, for its day is not the report's.
 *   <li>{@link #HEADLINE}: the headline's words for an event the body tells ("Militants kill
 *       nine in attack on police post"): it joins that event and is never one of its own, for
 *       headlines also name what the body does not report as news.
 *   <li>{@link #OUTCOME}: tells only who was hurt ("twenty insurgents were killed"): it joins the
 *       event told just before it when nothing in it contradicts that event.
 * </ul>
 */
public enum MentionRole {
  REPORT,
  REFERENCE,
  ASIDE,
  BACKGROUND,
  HEADLINE,
  OUTCOME
}
