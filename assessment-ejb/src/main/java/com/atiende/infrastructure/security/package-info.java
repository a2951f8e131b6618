/** Security infrastructure: password hashing with Jakarta Security's PBKDF2 implementation. */
package com.atiende.infrastructure.security;
