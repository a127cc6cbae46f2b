'use strict';
// The validation page. Everything the user sent, and everything the service echoes back from it,
// is put into the page with textContent or as an attribute value: never parsed as HTML.

const LABELS = {
  en: {
    title: 'Programme validator',
    intro: "Check programmes classified against IOM's managing-migration model: one JSON document, a JSON array or NDJSON.",
    pasteLabel: 'Paste JSON',
    fileLabel: 'or choose a file',
    lenientLabel: 'Lenient: keep unknown members, accept codes in another case',
    validate: 'Validate',
    summaryHeading: 'Summary',
    programmes: 'Programmes', valid: 'Valid', invalid: 'Invalid', errors: 'Errors', warnings: 'Warnings',
    findingsHeading: 'Findings by programme',
    noFindings: 'No findings.',
    reportHeading: 'Portfolio report',
    apiLink: 'API description (OpenAPI)',
    rulesLink: 'All rules',
    rule: 'Rule', severity: 'Severity', pointer: 'Pointer', line: 'Line', message: 'Message',
    record: 'record', startsOnLine: 'line',
    unnamed: 'Programme without a readable id',
    nothingToSend: 'Paste JSON or choose a file first.',
    working: 'Validating…',
    done: 'Done.',
    more: 'programmes with findings are not shown; the summary counts them.',
    failed: 'The service could not answer',
  },
  fr: {
    title: 'Validateur de programmes',
    intro: "Vérifiez des programmes classés selon le modèle de gestion des migrations de l'OIM : un document JSON, un tableau JSON ou du NDJSON.",
    pasteLabel: 'Collez du JSON',
    fileLabel: 'ou choisissez un fichier',
    lenientLabel: 'Souple : garder les membres inconnus, accepter les codes dans une autre casse',
    validate: 'Valider',
    summaryHeading: 'Résumé',
    programmes: 'Programmes', valid: 'Valides', invalid: 'Non valides', errors: 'Erreurs', warnings: 'Avertissements',
    findingsHeading: 'Constats par programme',
    noFindings: 'Aucun constat.',
    reportHeading: 'Rapport de portefeuille',
    apiLink: "Description de l'API (OpenAPI)",
    rulesLink: 'Toutes les règles',
    rule: 'Règle', severity: 'Gravité', pointer: 'Pointeur', line: 'Ligne', message: 'Message',
    record: 'enregistrement', startsOnLine: 'ligne',
    unnamed: 'Programme sans identifiant lisible',
    nothingToSend: "Collez du JSON ou choisissez d'abord un fichier.",
    working: 'Validation…',
    done: 'Terminé.',
    more: 'programmes avec constats ne sont pas affichés ; le résumé les compte.',
    failed: "Le service n'a pas pu répondre",
  },
  es: {
    title: 'Validador de programas',
    intro: 'Compruebe programas clasificados según el modelo de gestión de la migración de la OIM: un documento JSON, una matriz JSON o NDJSON.',
    pasteLabel: 'Pegue JSON',
    fileLabel: 'o elija un archivo',
    lenientLabel: 'Flexible: conservar miembros desconocidos, aceptar códigos en otra caja',
    validate: 'Validar',
    summaryHeading: 'Resumen',
    programmes: 'Programas', valid: 'Válidos', invalid: 'No válidos', errors: 'Errores', warnings: 'Advertencias',
    findingsHeading: 'Hallazgos por programa',
    noFindings: 'Ningún hallazgo.',
    reportHeading: 'Informe de cartera',
    apiLink: 'Descripción de la API (OpenAPI)',
    rulesLink: 'Todas las reglas',
    rule: 'Regla', severity: 'Gravedad', pointer: 'Puntero', line: 'Línea', message: 'Mensaje',
    record: 'registro', startsOnLine: 'línea',
    unnamed: 'Programa sin identificador legible',
    nothingToSend: 'Pegue JSON o elija primero un archivo.',
    working: 'Validando…',
    done: 'Hecho.',
    more: 'programas con hallazgos no se muestran; el resumen los cuenta.',
    failed: 'El servicio no pudo responder',
  },
};

// Enough to look through; the summary always counts every record.
const MAX_SHOWN = 500;
const SEVERITIES = ['ERROR', 'WARNING', 'INFO'];

function language() {
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  const tag = preferred.slice(0, 2).toLowerCase();
  return Object.prototype.hasOwnProperty.call(LABELS, tag) ? tag : 'en';
}

const lang = language();
const t = LABELS[lang];
let ruleSummaries = new Map();

function element(name, text, className) {
  const node = document.createElement(name);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function applyLabels() {
  document.documentElement.lang = lang;
  document.title = t.title;
  document.querySelectorAll('[data-i18n]').forEach((node) => {
    node.textContent = t[node.dataset.i18n];
  });
}

async function loadRuleSummaries() {
  try {
    const response = await fetch('api/v1/rules', {headers: {Accept: 'application/json'}});
    if (response.ok) {
      const rules = await response.json();
      ruleSummaries = new Map(rules.map((rule) => [rule.id, rule.summary]));
    }
  } catch (e) {
    // The links still work without their tooltips.
  }
}

// What to send: the chosen file as it is, else the pasted text.
function body() {
  const file = document.getElementById('file').files[0];
  if (file) {
    const ndjson = /\.(ndjson|jsonl)$/i.test(file.name);
    return {data: file, type: ndjson ? 'application/x-ndjson' : 'application/json'};
  }
  const text = document.getElementById('json').value;
  return text.trim() === '' ? null : {data: text, type: 'application/json'};
}

function setStatus(text, isProblem) {
  const status = document.getElementById('status');
  status.textContent = text;
  status.classList.toggle('problem', Boolean(isProblem));
}

async function problemText(response) {
  try {
    const problem = await response.json();
    return `${t.failed}: ${problem.title} (${response.status}). ${problem.detail || ''}`;
  } catch (e) {
    return `${t.failed} (${response.status}).`;
  }
}

function showSummary(summary) {
  for (const name of ['programmes', 'valid', 'invalid', 'errors', 'warnings']) {
    document.getElementById('count-' + name).textContent = String(summary[name]);
  }
}

function ruleLink(ruleId) {
  const link = element('a', ruleId);
  link.href = 'api/v1/rules/' + encodeURIComponent(ruleId);
  link.target = '_blank';
  link.rel = 'noopener';
  if (ruleSummaries.has(ruleId)) link.title = ruleSummaries.get(ruleId);
  return link;
}

function findingsTable(findings) {
  const table = element('table');
  const head = element('tr');
  for (const key of ['rule', 'severity', 'pointer', 'line', 'message']) head.append(element('th', t[key]));
  table.append(head);
  for (const finding of findings) {
    const row = element('tr');
    row.className = 'finding';
    const rule = element('td', null, 'rule');
    rule.append(ruleLink(finding.ruleId));
    const severity = SEVERITIES.includes(finding.severity) ? finding.severity : '';
    row.append(
      rule,
      element('td', finding.severity, 'severity sev-' + severity),
      element('td', finding.pointer === '' ? '/' : finding.pointer, 'pointer'),
      element('td', finding.line === undefined ? '' : finding.line, 'line'),
      element('td', finding.message, 'message'));
    table.append(row);
  }
  return table;
}

function showFindings(records) {
  const container = document.getElementById('findings');
  container.replaceChildren();
  document.getElementById('no-findings').hidden = records.length > 0;
  for (const record of records.slice(0, MAX_SHOWN)) {
    const section = element('section', null, 'record');
    const heading = element('h3', record.id === undefined ? t.unnamed : record.id, 'programme');
    heading.append(' ', element('span', `${t.record} ${record.record}, ${t.startsOnLine} ${record.line}`, 'where'));
    section.append(heading, findingsTable(record.findings));
    container.append(section);
  }
  const more = document.getElementById('more-findings');
  more.hidden = records.length <= MAX_SHOWN;
  more.textContent = `${records.length - MAX_SHOWN} ${t.more}`;
}

async function showReport(sent, lenient) {
  const response = await fetch('api/v1/report?lenient=' + lenient, {
    method: 'POST', headers: {'Content-Type': sent.type, Accept: 'text/html'}, body: sent.data});
  const frame = document.getElementById('report');
  // srcdoc takes the page as text; the frame's empty sandbox runs no script in it.
  frame.srcdoc = response.ok ? await response.text() : '';
}

async function validate(event) {
  event.preventDefault();
  const sent = body();
  if (sent === null) {
    setStatus(t.nothingToSend, true);
    return;
  }
  const lenient = document.getElementById('lenient').checked;
  document.body.dataset.state = 'working';
  setStatus(t.working, false);
  try {
    const response = await fetch('api/v1/validate?lenient=' + lenient, {
      method: 'POST', headers: {'Content-Type': sent.type, Accept: 'application/json'}, body: sent.data});
    if (!response.ok) {
      setStatus(await problemText(response), true);
      document.body.dataset.state = 'failed';
      return;
    }
    const result = await response.json();
    showSummary(result.summary);
    showFindings(result.records);
    document.getElementById('results').hidden = false;
    await showReport(sent, lenient);
    setStatus(t.done, false);
    document.body.dataset.state = 'done';
  } catch (e) {
    setStatus(`${t.failed}.`, true);
    document.body.dataset.state = 'failed';
  }
}

applyLabels();
loadRuleSummaries();
document.getElementById('input').addEventListener('submit', validate);
