/**
 * Accounts and sign-in: who may use Atiende with which roles, the first administrator, demo accounts, the
 * employee directory import, sign-in throttling and personal API tokens.
 */
package com.atiende.assessment.account;
