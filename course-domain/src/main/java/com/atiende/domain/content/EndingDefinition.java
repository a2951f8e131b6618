package com.atiende.domain.content;

/** An ending of a scenario as read; fields the reader could not read are null. */
public record EndingDefinition(String id, String title, String outcome) {
}
