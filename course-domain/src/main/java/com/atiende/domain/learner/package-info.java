/** People who use Atiende, their roles and their sign-in identity. */
package com.atiende.domain.learner;
