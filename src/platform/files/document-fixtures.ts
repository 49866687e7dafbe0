// Genuine office documents, made by the same libraries the platform writes them with.
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';

export async function genuineDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [{ children: [new Paragraph('Minutes of the chairs’ network meeting')] }],
  });
  return Packer.toBuffer(document);
}

export async function genuineXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Return');
  sheet.addRow(['Board', 'Referrals']);
  for (let board = 1; board <= 32; board++) sheet.addRow([`Board ${board}`, board * 37]);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The first bytes of a PNG: signature and an IHDR chunk for a 1×1 image. */
export const PNG_BYTES = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
  'hex',
);
