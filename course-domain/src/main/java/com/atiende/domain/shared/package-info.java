/**
 * Small pieces shared by every aggregate of the domain, such as how time values are stored and how options are
 * shuffled for display.
 */
package com.atiende.domain.shared;
