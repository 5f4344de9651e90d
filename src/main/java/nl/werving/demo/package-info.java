/**
 * Demo data of the invented employer Klantkracht Groep, one seeder per feature ({@code DemoUsers}, {@code DemoVacancies},
 * {@code DemoApplications}, {@code DemoAssessments}, {@code DemoReferences}) run in that order by {@code DemoData}. Every
 * bean here carries {@code @IfBuildProfile(anyOf = { "dev", "test" })}: a production build contains none of them.
 */
package nl.werving.demo;
