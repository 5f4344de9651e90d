/**
 * Endpoints that exist only in the benchmark build ({@code -Dquarkus.profile=bench}, see bench/run.sh): every class
 * here carries {@code @IfBuildProfile("bench")}, so a production or development build contains none of them.
 */
package nl.werving.bench;
