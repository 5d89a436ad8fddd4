package org.sitrep.model;

/**
 * What a coded mention does in its article, which decides how it joins the others.
 *
 * <ul>
 *   <li>{@link #REPORT}: tells an event ("gunmen attacked a checkpoint near Dori on Monday").
 *   <li>{@link #REFERENCE}: points to an event as known ("the attack", "Saturday's bombing", "a
 *       probe into the explosion", "since the attack"): it joins the event it points to, and
 *       stands as an event of its own only when its own words say where or when.
 *   <li>{@link #OUTCOME}: tells only who was hurt ("twenty insurgents were killed"): it joins the
 *       event told just before it when nothing in it contradicts that event.
 * </ul>
 */
public enum MentionRole {
  REPORT,
  REFERENCE,
  OUTCOME
}
