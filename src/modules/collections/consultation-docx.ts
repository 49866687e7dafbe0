import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { answerText } from './answers.ts';
import type { Answers, FormDefinition } from './form-model.ts';

export interface ConsultationReply {
  boardName: string;
  answers: Answers;
}

/**
 * The boards' key points on a consultation, collated question by question into one Word
 * document the network edits into its pan-London response. Boards that left a question
 * blank are listed, so no one is missed by accident.
 */
export async function collateConsultation(
  title: string,
  form: FormDefinition,
  replies: ConsultationReply[],
): Promise<Buffer> {
  const body: Paragraph[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      text: `Key points from ${replies.length} board${replies.length === 1 ? '' : 's'}, collated by Safeguarding Hub for the network to edit into one response.`,
    }),
  ];
  const sorted = [...replies].sort((a, b) => a.boardName.localeCompare(b.boardName));
  for (const section of form.sections) {
    body.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }));
    for (const q of section.questions) {
      body.push(new Paragraph({ text: q.label, heading: HeadingLevel.HEADING_2 }));
      if (q.help) body.push(new Paragraph({ children: [new TextRun({ text: q.help, italics: true })] }));
      const silent: string[] = [];
      for (const reply of sorted) {
        const text = q.kind === 'table' ? '' : answerText(q, reply.answers[q.code]);
        if (!text) {
          silent.push(reply.boardName);
          continue;
        }
        body.push(new Paragraph({ children: [new TextRun({ text: reply.boardName, bold: true })] }));
        for (const line of text.split(/\r?\n/).filter((l) => l.trim()))
          body.push(new Paragraph({ text: line.trim(), bullet: { level: 0 } }));
      }
      if (silent.length)
        body.push(
          new Paragraph({
            children: [new TextRun({ text: `No answer from: ${silent.join(', ')}.`, italics: true })],
          }),
        );
    }
  }
  const doc = new Document({ creator: 'Safeguarding Hub', title, sections: [{ children: body }] });
  return Packer.toBuffer(doc);
}
