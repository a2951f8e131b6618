package com.atiende.domain.content;

/** One option of a self-check question as read; texts the reader could not read are null. */
public record SelfCheckOptionDefinition(String text, boolean correct, String feedback) {
}
