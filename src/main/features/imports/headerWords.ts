import type { CampaignImportField, ImportField } from '@shared/domain/imports'

// The column names each field goes by, as headerKey() writes them (lower case, accents off,
// punctuation as spaces), earlier names preferred when two columns could fill a field. They come
// from plain spreadsheets in English, German, French, Spanish, Dutch, Italian and Portuguese, and
// from the documented exports of Pipedrive ("Deal - Value"), HubSpot ("Deal Stage", "Contact
// owner", "Lifecycle Stage"), Salesforce ("Lead Owner", "Company / Account", "Lead Status"),
// Zoho ("Created Time", "Closing Date", "Reason For Loss") and Twenty ("Emails / Primary Email").

export const LEAD_HEADER_WORDS: Record<ImportField, string[]> = {
  personName: [
    'contact person', 'point of contact', 'associated contact', 'person name', 'full name', 'contact name', 'lead name', 'primary contact',
    'person', 'contact', 'name', 'ansprechpartner', 'kontaktperson', 'vollstandiger name', 'kontakt', 'nom complet', 'interlocuteur', 'personne',
    'nombre completo', 'persona de contacto', 'contacto', 'contactpersoon', 'volledige naam', 'naam', 'nome completo', 'referente', 'contatto',
    'pessoa de contato', 'contato', 'nom', 'nombre', 'nome',
  ],
  firstName: ['first name', 'firstname', 'given name', 'name first name', 'forename', 'vorname', 'prenom', 'nombre de pila', 'voornaam', 'nome proprio', 'primeiro nome'],
  lastName: [
    'last name', 'lastname', 'surname', 'family name', 'name last name', 'nachname', 'familienname', 'nom de famille', 'apellidos', 'apellido',
    'achternaam', 'cognome', 'sobrenome', 'apelido', 'ultimo nome',
  ],
  company: [
    'company name', 'organization name', 'organisation name', 'company', 'company account', 'organization', 'organisation', 'associated company',
    'account name', 'account', 'firma', 'firmenname', 'unternehmen', 'societe', 'entreprise', 'raison sociale', 'empresa', 'compania',
    'organizacion', 'bedrijf', 'bedrijfsnaam', 'organisatie', 'azienda', 'societa', 'ragione sociale', 'organizacao',
  ],
  email: [
    'email', 'e mail', 'email address', 'e mail address', 'emails primary email', 'email work', 'primary email', 'work email', 'email home',
    'email other', 'mail', 'e mail adresse', 'email adresse', 'courriel', 'adresse e mail', 'adresse email', 'correo electronico', 'correo',
    'e mailadres', 'emailadres', 'email adres', 'posta elettronica', 'indirizzo email', 'indirizzo e mail', 'endereco de e mail',
    'endereco de email',
  ],
  phone: [
    'phone', 'phone number', 'phones primary phone number', 'phone work', 'work phone', 'mobile', 'phone mobile', 'mobile phone number',
    'telephone', 'phone home', 'telefon', 'telefonnummer', 'handy', 'mobil', 'portable', 'telefono', 'movil', 'telefoon', 'telefoonnummer',
    'telefone', 'mobiel', 'cellulare', 'telemovel', 'celular',
  ],
  campaign: [
    'campaign', 'campaign name', 'source campaign', 'campaign source', 'utm campaign', 'lead source', 'source', 'source channel',
    'original source', 'kampagne', 'campagne', 'campana', 'campagna', 'campanha', 'quelle', 'herkunft', 'origine', 'origen', 'bron', 'fonte',
    'origem',
  ],
  stage: [
    'stage', 'deal stage', 'pipeline stage', 'opportunity stage', 'sales stage', 'lead status', 'phase', 'verkaufsphase', 'stufe', 'etape',
    'etapa', 'fase', 'lifecycle stage',
  ],
  status: ['deal status', 'opportunity status', 'status', 'statut', 'estado', 'stato', 'lifecycle stage'],
  owner: [
    'owner', 'deal owner', 'lead owner', 'contact owner', 'opportunity owner', 'account owner', 'record owner', 'company owner', 'owner name', 'assigned to',
    'sales rep', 'verantwortlich', 'zustandig', 'betreuer', 'besitzer', 'inhaber', 'proprietaire', 'responsable', 'commercial', 'propietario',
    'eigenaar', 'verantwoordelijke', 'proprietario', 'responsabile', 'responsavel',
  ],
  value: [
    'value', 'amount', 'deal value', 'deal amount', 'opportunity amount', 'revenue', 'expected revenue', 'betrag', 'wert', 'auftragswert',
    'umsatz', 'montant', 'valeur', 'importe', 'monto', 'valor', 'bedrag', 'waarde', 'importo', 'valore', 'montante',
  ],
  valueMicros: ['amount amount micros', 'amount micros'],
  currency: [
    'currency', 'currency of value', 'deal currency', 'deal currency code', 'currency code', 'amount currency code', 'opportunity currency',
    'wahrung', 'devise', 'monnaie', 'moneda', 'divisa', 'valuta', 'moeda',
  ],
  tags: ['tags', 'tag', 'labels', 'label', 'schlagworte', 'schlagworter', 'etiketten', 'etiquettes', 'etiquetas', 'etichette'],
  notes: [
    'notes', 'note', 'description', 'deal description', 'comments', 'comment', 'notizen', 'notiz', 'bemerkungen', 'bemerkung', 'beschreibung',
    'kommentar', 'remarques', 'commentaires', 'commentaire', 'notas', 'comentarios', 'descripcion', 'opmerkingen', 'notities', 'omschrijving',
    'commenti', 'descrizione', 'observacoes', 'descricao',
  ],
  createdOn: [
    'created', 'create date', 'created date', 'creation date', 'created at', 'created time', 'date created', 'deal created', 'lead created',
    'person created', 'created on', 'add time', 'erstellt am', 'erstellt', 'erstelldatum', 'angelegt am', 'anlagedatum', 'date de creation',
    'cree le', 'fecha de creacion', 'creado', 'aangemaakt op', 'aangemaakt', 'aanmaakdatum', 'data di creazione', 'creato il', 'data de criacao',
    'criado em',
  ],
  expectedCloseOn: [
    'expected close date', 'expected close', 'expected close on', 'expected closing date', 'erwartetes abschlussdatum', 'date de cloture prevue',
    'fecha de cierre prevista', 'verwachte sluitingsdatum', 'data di chiusura prevista', 'data prevista de fechamento',
  ],
  closeDate: ['close date', 'closing date', 'abschlussdatum', 'date de cloture', 'fecha de cierre', 'sluitingsdatum', 'data di chiusura', 'data de fechamento'],
  closedOn: ['deal closed on', 'closed on', 'close time', 'closed date', 'date closed', 'actual close date', 'closed at', 'abgeschlossen am', 'ferme le', 'cerrado el', 'gesloten op'],
  // A deal's own name ("Deal - Title", "Deal Name", "Opportunity Name"); a plain "Title" beside a person is their job title (see guessMapping).
  title: ['deal title', 'deal name', 'opportunity name', 'opportunity title'],
  jobTitle: ['job title', 'jobtitle', 'designation', 'position', 'job position', 'role', 'berufsbezeichnung', 'funktion', 'poste', 'fonction', 'cargo', 'puesto', 'functie', 'ruolo', 'qualifica'],
  domain: [
    'company domain name', 'domain', 'domain name', 'domain name primary link url', 'organization website', 'organisation website', 'company website', 'website', 'website url', 'web', 'url',
    'webseite', 'site web', 'sitio web', 'pagina web', 'sito web',
  ],
  industry: ['industry', 'organization industry', 'organisation industry', 'company industry', 'branche', 'secteur', 'secteur d activite', 'sector', 'industria', 'settore'],
  size: [
    'number of employees', 'no of employees', 'employees', 'company size', 'organization size', 'organisation size', 'size', 'employee count', 'headcount',
    'mitarbeiter', 'mitarbeiterzahl', 'effectif', 'empleados', 'medewerkers', 'dipendenti', 'funcionarios',
  ],
  wonOn: ['won time', 'won date', 'won on', 'date won', 'became a customer date', 'date became customer', 'gewonnen am', 'gagne le', 'ganado el'],
  lostOn: ['lost time', 'lost date', 'lost on', 'date lost', 'verloren am', 'perdu le', 'perdido el'],
  lostReason: [
    'lost reason', 'reason lost', 'loss reason', 'closed lost reason', 'reason for loss', 'verlustgrund', 'absagegrund', 'raison de la perte',
    'motif de perte', 'motivo de perdida', 'reden verlies', 'reden van verlies', 'motivo della perdita', 'motivo da perda',
  ],
}

/** Titles of a deal, used as the person's name only when no column names the person. */
export const DEAL_TITLES = ['title', 'deal name', 'deal title', 'opportunity name', 'titel', 'titre', 'titulo', 'titolo']
/** A deal's own name beside its person ("Deal - Title", "Opportunity Name"), kept in the notes; a plain "Title" there is a job title. */
export const DEAL_NAMES = ['deal name', 'deal title', 'opportunity name']

/** A name column in any of the languages: the full name alone, the other half beside a first or last name. */
export const GENERIC_NAMES = ['name', 'nom', 'nombre', 'nome', 'naam']

// A campaigns file: a plain spreadsheet ("Campaign, Channel, Budget, Start, End") or HubSpot's
// campaign export ("Campaign name, Campaign owner, Start date, End date, Campaign status, Budget total, Notes").
export const CAMPAIGN_HEADER_WORDS: Record<CampaignImportField, string[]> = {
  campaignName: ['campaign name', 'campaign', 'name', 'campaign title', 'title', 'kampagne', 'campagne', 'campana', 'campagna', 'campanha'],
  channel: ['channel', 'campaign channel', 'type', 'campaign type', 'medium', 'utm medium', 'source', 'marketing channel', 'kanal', 'canal', 'kanaal', 'canale'],
  status: ['status', 'campaign status', 'state', 'statut', 'estado', 'stato'],
  budget: ['budget', 'budget total', 'total budget', 'campaign budget', 'planned budget', 'budget amount', 'spend budget', 'presupuesto', 'orcamento'],
  startsOn: ['start date', 'start', 'starts on', 'campaign start date', 'launch date', 'from', 'startdatum', 'beginn', 'date de debut', 'debut', 'fecha de inicio', 'inicio', 'data di inizio', 'data de inicio'],
  endsOn: ['end date', 'end', 'ends on', 'campaign end date', 'to', 'enddatum', 'ende', 'date de fin', 'fin', 'fecha de fin', 'einddatum', 'data di fine', 'data de fim'],
  objective: ['objective', 'goal', 'campaign goal', 'goals', 'purpose', 'ziel', 'objectif', 'objetivo', 'doel', 'obiettivo'],
  notes: ['notes', 'note', 'description', 'campaign description', 'comments', 'notizen', 'bemerkungen', 'remarques', 'notas', 'opmerkingen'],
}
