// The entries Portugal writes differently from Brazil (pt.ts): its words ("ecrã", "ficheiro", "diapositivo",
// "formador", "ronda", "em pares") and its forms of address, the possessive with its article and no "você"
// ("O seu nome", "O seu plano"), as training in Portugal writes to participants. The facilitator's imperative
// ("Apresente", "agradeça") is the same on both sides of the Atlantic, so it is not repeated here.
import type { Catalogue } from '../catalogue-types.js';

export const ptPT = {
  agenda: 'Programa',
  'facilitator-label': 'Dinamização:',
  'client-logo': 'Logótipo de {client}',
  'client-logo-unnamed': 'Logótipo do cliente',
  'kind-quiz': 'Questionário',
  'grouping-pairs': 'Em pares',
  'grouping-plenary': 'Em plenário',
  'notes-continued': '(continuação do diapositivo anterior)',
  'notes-title':
    'No ecrã enquanto os participantes chegam. Horário da sessão{who}: {span} ({duration}). O diapositivo seguinte apresenta o programa.',
  'notes-agenda': {
    one: 'Apresente o programa do dia: {n} módulo, com encerramento às {end}.',
    other: 'Apresente o programa do dia: {n} módulos, com encerramento às {end}.',
  },
  'notes-closing':
    'Encerramento previsto: {time}. Responda às últimas perguntas, indique onde estarão disponíveis os diapositivos e as fichas e agradeça ao grupo.',
  contents: 'Índice',
  'number-sign': 'N.º',
  'worksheets-title': 'Fichas de trabalho',
  'your-name': 'O seu nome',
  'your-scores': 'As suas pontuações',
  'plan-prompts': 'O seu plano',
  'guide-title': 'Guia do formador',
  'slides-title': 'Diapositivos',
  'run-sheet': 'Plano da sessão',
  'run-sheet-slides': 'Diapositivos',
  'materials-needed-for': 'Utilizado em',
  'material-booklet':
    'Caderno de fichas de trabalho, impresso a partir do ficheiro worksheets.pdf (1 por participante)',
  'material-slides': 'Diapositivos (deck.pptx), projetor ou ecrã',
  facilitator: 'Dinamização',
  slide: 'Diapositivo {n}',
  slides: 'Diapositivos {range}',
  'facilitator-notes': 'Notas para o formador',
  'answer-key': 'Soluções',
  'commitment-round': 'Ronda de compromissos',
  'commitment-see-notes': 'Como conduzir a ronda está descrito abaixo, nas notas para o formador.',
  'notes-dropped': 'Retirado pelo início atrasado: salte este diapositivo.',
  'sign-in-title': 'Folha de presenças',
  'name-tents-title': 'Identificadores de mesa',
  'certificate-attended': 'participou no workshop',
  'certificate-name-line': 'Nome do formando',
  'feedback-intro': 'Obrigado pela sua participação. As suas respostas ajudam-nos a melhorar a próxima sessão.',
  'feedback-rate': 'Em que medida concorda?',
  'feedback-rating-3': 'O formador explicou as coisas com clareza',
  'feedback-question-1': 'O que lhe foi mais útil?',
  'feedback-question-2': 'O que mudaria?',
  'feedback-question-3': 'O que vai experimentar primeiro depois de hoje?',
  'feedback-online': 'Prefere responder online? Leia o código com o telemóvel ou aceda a',
  'notes-feedback':
    'O código deste diapositivo abre o formulário de avaliação ({url}): deixe-o no ecrã enquanto as pessoas respondem.',
  'late-start':
    'Início atrasado às {time}, {late} depois do previsto ({planned}); a sessão continua a terminar às {end}.',
  'late-start-dropped': 'Retirado para recuperar o tempo: {list}.',
  'late-start-buffer': 'Nada foi retirado: a margem antes de {title} absorve o atraso.',
  'recovery-drop': {
    one: 'Para recuperar {n} minuto, retire {list}.',
    other: 'Para recuperar {n} minutos, retire {list}.',
  },
  'dropped-late': 'retirado pelo início atrasado',
} as const satisfies Partial<Catalogue>;
