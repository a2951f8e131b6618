/** Time as an injectable dependency. */
package com.atiende.infrastructure.time;
