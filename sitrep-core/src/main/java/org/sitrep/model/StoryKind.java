package org.sitrep.model;

/**
 * What kind of story an article is, which decides whether the events it mentions are news.
 *
 * <ul>
 *   <li>{@link #NEWS}: a report of what happened lately; its events are coded.
 *   <li>{@link #COURT}: a report of a trial, a plea or a sentence; the crimes it tells are the
 *       background of the hearing, coded only when the report dates them lately.
 *   <li>{@link #RETROSPECTIVE}: an anniversary piece or a history; what it tells is past, coded
 *       only when the report dates it lately.
 * </ul>
 */
public enum StoryKind {
  NEWS,
  COURT,
  RETROSPECTIVE
}
