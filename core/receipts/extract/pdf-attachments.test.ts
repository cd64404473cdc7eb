import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ciiXml } from '../test-support/cii-xml.ts';
import { textPdf } from '../test-support/make-pdf.ts';
import { readAttachments } from './pdf-attachments.ts';
import { indexPdfObjects } from './pdf-object-index.ts';
import { inflateBudget } from './pdf-streams.ts';
import { readFacturX } from './read-facturx.ts';

const owner = { names: ['Maëlle Fauconnet'], ibans: [], vatNumbers: [] };
const budget = () => inflateBudget(1024 * 1024);

describe('embedded files', () => {
  it('finds a ZUGFeRD XML through /AF and the EmbeddedFiles name tree', () => {
    const xml = ciiXml({
      number: 'Z-1',
      issueDate: '2026-11-02',
      seller: 'Atelier Zinc',
      sellerVat: 'FR12345678901',
      buyer: 'EI Maëlle Fauconnet',
      net: '100.00',
      vat: '20.00',
      total: '120.00',
      rate: '20.00',
    });
    const pdf = textPdf(['Facture'], {
      attachments: [{ name: 'zugferd-invoice.xml', bytes: xml, relationship: 'Alternative' }],
    });
    const [attachment] = readAttachments(indexPdfObjects(pdf, budget()));
    expect(attachment).toMatchObject({ name: 'zugferd-invoice.xml', relationship: 'Alternative' });
    expect(new TextDecoder().decode(attachment?.bytes)).toContain('<ram:ID>Z-1</ram:ID>');
  });

  it('finds objects packed in an object stream (PDF 1.5)', () => {
    const xml = new TextEncoder().encode('<x/>');
    const packed =
      '1 0 2 46 << /Type /Catalog /AF [ 2 0 R ] >> << /Type /Filespec /F (factur-x.xml) /EF << /F 3 0 R >> >>';
    const first = packed.indexOf('<<');
    const objStm = deflateSync(
      Buffer.from(
        packed.replace('2 46', `2 ${packed.indexOf('<< /Type /Filespec') - first}`),
        'latin1',
      ),
    );
    const file = deflateSync(Buffer.from(xml));
    const pdf = Buffer.concat([
      Buffer.from(
        `%PDF-1.5\n4 0 obj\n<< /Type /ObjStm /N 2 /First ${first} /Filter /FlateDecode /Length ${objStm.length} >>\nstream\n`,
        'latin1',
      ),
      objStm,
      Buffer.from(
        `\nendstream\nendobj\n3 0 obj\n<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${file.length} >>\nstream\n`,
        'latin1',
      ),
      file,
      Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
    ]);
    expect(
      readAttachments(indexPdfObjects(new Uint8Array(pdf), budget())).map((item) => item.name),
    ).toEqual(['factur-x.xml']);
  });
});

describe('Factur-X XML', () => {
  it('reads a credit note (type 381) with negative amounts, and refuses a DTD', () => {
    const xml = ciiXml({
      number: 'AV-9',
      typeCode: '381',
      issueDate: '2026-11-28',
      seller: 'Papeterie du Griffon',
      sellerVat: 'FR08447108630',
      buyer: 'EI Maëlle Fauconnet',
      net: '10.00',
      vat: '2.00',
      total: '12.00',
      rate: '20.00',
    });
    expect(readFacturX(xml, owner)).toMatchObject({
      ok: true,
      value: {
        kind: 'credit_note',
        totalCents: -1200,
        netCents: -1000,
        vatCents: -200,
        vat: [{ rate: '20', baseCents: -1000, amountCents: -200 }],
      },
    });
    const hostile = new TextEncoder().encode(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
    );
    expect(readFacturX(hostile, owner).ok).toBe(false);
  });

  it('reads an invoice the freelancer issued as a sales invoice naming her client', () => {
    const xml = ciiXml({
      number: 'F2026-050',
      issueDate: '2026-12-01',
      seller: 'Maëlle Fauconnet',
      sellerVat: 'FR09931482657',
      buyer: 'Nordlicht Design GmbH',
      net: '1000.00',
      vat: '0.00',
      total: '1000.00',
      rate: '0.00',
    });
    expect(readFacturX(xml, owner)).toMatchObject({
      ok: true,
      value: { kind: 'sales_invoice', customer: 'Nordlicht Design GmbH' },
    });
  });
});
