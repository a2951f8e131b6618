/** Publishing course content: the shipped files at start-up, and (later) a trainer's import, through one path. */
package com.atiende.assessment.content;
