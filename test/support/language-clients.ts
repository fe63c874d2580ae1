// Clients of the bundled workshop in Portuguese (Portugal and Brazil), Italian and Polish, for the i18n test's build.

/**
 * Clients in the languages added after the first five, each named with the characters XML escapes and the language's
 * own letters, with the words the kit must then hold (page footer, guide, worksheets, counts, the closing slide).
 */
export const NEW_LANGUAGES = [
  {
    client: 'lisboa',
    lang: 'pt-PT',
    name: `'Gonçalves & Irmãos "Açores" <Porto> d''Ouro'`,
    location: 'Rua Augusta 27, 1100-048 Lisboa',
    own: ['Página 1 de', 'Plano da sessão', 'Guia do formador', 'O seu nome', 'Dinamização:', 'Obrigado', '6 módulos'],
  },
  {
    client: 'paulista',
    lang: 'pt-BR',
    name: `'Açaí & Cia. "Paulista" <São Paulo> d''Água'`,
    location: 'Avenida Paulista 1578, São Paulo',
    own: ['Página 1 de', 'Cronograma', 'Guia do facilitador', 'Seu nome', 'Facilitação:', 'Gabarito', 'Em duplas'],
  },
  {
    client: 'torino',
    lang: 'it-IT',
    name: `'Caffè Rossi & Figli "Centrale" <Torino> dell''Arte'`,
    location: 'Via Po 17, 10124 Torino',
    own: ['Pagina 1 di', 'Scaletta', 'Guida del facilitatore', 'Nome e cognome', 'Conduce:', 'Grazie', 'Il Suo piano'],
  },
  {
    client: 'lodz',
    lang: 'pl-PL',
    name: `'Zakłady „Wiśniewski” & Syn "Łódź" <Gdańsk> O''Neill'`,
    location: 'ul. Piotrkowska 104, 90-004 Łódź',
    own: ['Strona 1 z', 'Harmonogram', 'Przewodnik dla prowadzącego', 'Imię i nazwisko', 'Prowadzenie:', '6 modułów'],
  },
] as const;
