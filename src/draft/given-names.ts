/**
 * Common given names in Germany (a general list, not drawn from any source text): a capitalised word
 * from this list followed by a capitalised word is proposed as a person.
 */
export const COMMON_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `Alexander Andreas Anja Anke Anna Annette Antje Axel Barbara Bärbel Beate Benjamin Bernd Bettina Birgit
  Brigitte Britta Carina Carsten Christa Christian Christiane Christina Christine Christoph Claudia Cornelia
  Daniel Daniela David Dennis Dieter Dirk Doris Dorothea Edith Elisabeth Elke Emma Erik Erika Eva Fabian
  Felix Florian Frank Franziska Friedrich Gabriele Georg Gerhard Gisela Gudrun Günter Hannah Hans Harald
  Heike Heinz Helga Helmut Hendrik Holger Ines Ingo Ingrid Iris Jan Jana Jens Joachim Johanna Johannes
  Jonas Jörg Josef Julia Juliane Jürgen Karin Karl Katharina Kathrin Katja Kerstin Klaus Konrad Kristina
  Lars Laura Lea Lena Lisa Lukas Manfred Manuel Manuela Marc Marcel Marco Maria Marie Marion Markus Martin
  Martina Matthias Maximilian Melanie Michael Michaela Mirjam Monika Nadine Nicole Niklas Nils Nina Olaf
  Oliver Patrick Paul Peter Petra Philipp Rainer Ralf Regina Reiner Renate Robert Roland Sabine Sandra
  Sarah Sascha Sebastian Silke Simon Simone Sonja Stefan Stefanie Steffen Stephan Stephanie Susanne Svenja
  Sven Tanja Thomas Thorsten Tim Tobias Torsten Udo Ulrich Ulrike Ursula Ute Uwe Verena Volker Walter
  Werner Wolfgang Yvonne Mehmet Ayşe Fatma Ali Ahmet Murat Elena Olga Natalia Sergej Anastasia`
    .split(/\s+/)
    .filter((name) => name !== ''),
);
