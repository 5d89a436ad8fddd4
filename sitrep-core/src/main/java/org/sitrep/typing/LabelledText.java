package org.sitrep.typing;

/**
 * A passage a person coded: its text and its label.
 *
 * @param origin where it was read, "FILE:LINE", for messages
 */
public record LabelledText(String text, TypeLabel label, String origin) {}
