/** MicroProfile Health checks: what an orchestrator asks before sending traffic to an instance. */
package com.atiende.web.health;
