import type { Translations } from '@chorus/core';

/**
 * The demo's restricted-term notes in other languages, keyed by term, as the admins wrote them:
 * the Danish, Swedish, Greek and Dutch colleagues read them in their language; the French and
 * German ones read the English note where there is none in theirs.
 */
export const DEMO_TERM_NOTES: Record<string, Translations> = {
  Falcon: {
    nl: 'Falcon is nog niet aangekondigd: noem het niet.',
    da: 'Falcon er ikke annonceret endnu, så nævn det ikke.',
    sv: 'Falcon är inte offentliggjort än, så nämn det inte.',
    nb: 'Falcon er ikke kunngjort ennå, så ikke nevn det.',
    el: 'Το Falcon δεν έχει ανακοινωθεί ακόμη· μην το αναφέρετε.',
    de: 'Falcon ist noch nicht angekündigt: Bitte erwähnen Sie es nicht.',
    fr: 'Falcon n’est pas encore annoncé\u00a0: merci de ne pas en parler.',
  },
  'Project Nimbus': {
    nl: 'Nimbus is ons nog niet uitgebrachte analyseproduct; de lanceringsdatum staat onder embargo.',
    da: 'Nimbus er vores analyseprodukt, som ikke er lanceret endnu; lanceringsdatoen er under embargo.',
    sv: 'Nimbus är vår analysprodukt som inte har lanserats än; lanseringsdatumet är under embargo.',
    el: 'Το Nimbus είναι το προϊόν ανάλυσης δεδομένων που δεν έχουμε κυκλοφορήσει ακόμη· η ημερομηνία κυκλοφορίας του τελεί υπό εμπάργκο.',
    de: 'Nimbus ist unser noch nicht veröffentlichtes Analyseprodukt; für den Starttermin gilt eine Sperrfrist.',
  },
  'Q4 results': {
    nl: 'Kwartaalcijfers zijn pas openbaar zodra het persbericht uit is.',
    da: 'Kvartalstallene er først offentlige, når pressemeddelelsen er ude.',
    sv: 'Kvartalssiffrorna är offentliga först när pressmeddelandet har gått ut.',
    el: 'Τα τριμηνιαία αποτελέσματα δημοσιοποιούνται μόνο μετά την έκδοση του δελτίου τύπου.',
  },
  Amplifio: {
    nl: 'Een concurrent: vergelijk ons niet met hen en geef geen commentaar op hun producten.',
    da: 'En konkurrent: sammenlign os ikke med dem, og kommentér ikke deres produkter.',
    sv: 'En konkurrent: jämför oss inte med dem och kommentera inte deras produkter.',
    el: 'Ανταγωνιστής: μη μας συγκρίνετε μαζί τους και μη σχολιάζετε τα προϊόντα τους.',
  },
  Brightwave: {
    nl: 'Een concurrent: laat vergelijkingen over aan de persafdeling.',
    da: 'En konkurrent: overlad sammenligninger til presseafdelingen.',
    sv: 'En konkurrent: lämna jämförelser till pressavdelningen.',
    el: 'Ανταγωνιστής: αφήστε τις συγκρίσεις στο γραφείο τύπου.',
  },
  layoffs: {
    nl: 'Nieuws over personeel komt van HR en de persafdeling, nooit uit berichten.',
    da: 'Nyheder om medarbejdere kommer fra HR og presseafdelingen, aldrig fra opslag.',
    sv: 'Nyheter om personalen kommer från HR och pressavdelningen, aldrig från inlägg.',
    el: 'Τα νέα για το προσωπικό ανακοινώνονται από το τμήμα HR και το γραφείο τύπου, ποτέ από αναρτήσεις.',
  },
  acquisition: {
    nl: 'Fusies en overnames worden alleen door de persafdeling bekendgemaakt.',
    da: 'Fusioner og opkøb annonceres kun af presseafdelingen.',
    sv: 'Fusioner och förvärv meddelas bara av pressavdelningen.',
    el: 'Οι συγχωνεύσεις και οι εξαγορές ανακοινώνονται μόνο από το γραφείο τύπου.',
  },
};
