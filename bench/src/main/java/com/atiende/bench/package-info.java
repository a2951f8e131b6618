/** JMH benchmarks of the domain, run by hand from target/benchmarks.jar (bench/README.md). */
package com.atiende.bench;
