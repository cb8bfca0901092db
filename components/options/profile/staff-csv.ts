// A staff directory exported from HR or a spreadsheet, as CSV (RFC 4180: quoted fields, "" inside
// quotes), into staff entries. Every row that cannot be used is reported with its row number and
// why; the good rows are kept, so one typo never loses the other 500 names.

import type { StaffEntry } from './ruleset-draft';

export type RowError = { row: number; message: string };
export type StaffImport = { entries: StaffEntry[]; errors: RowError[] };

type Column = keyof StaffEntry;

const HEADER_NAMES: Record<string, Column> = {
  name: 'name',
  'full name': 'name',
  role: 'role',
  title: 'role',
  'job title': 'role',
  unit: 'unit',
  ward: 'unit',
  department: 'unit',
};

const MAX_NAME_LENGTH = 100;

type Row = { row: number; cells: string[] } | { row: number; error: string };

/** Splits CSV text into rows of cells; a row with an unclosed quote becomes an error. */
export function splitCsv(text: string): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let row = 1;
  let startRow = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: startRow, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') row++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      row++;
      startRow = row;
    } else cell += ch;
  }
  if (quoted) rows.push({ row: startRow, error: 'a quoted field is never closed (missing ")' });
  else endRow();
  return rows;
}

const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

function headerColumns(cells: string[]): Column[] | undefined {
  const columns = cells.map((cell) => HEADER_NAMES[cell.trim().toLowerCase()]);
  return columns.includes('name') ? (columns as Column[]) : undefined;
}

/** Parses a staff CSV (columns name, role, unit; a header row naming them is optional). */
export function parseStaffCsv(text: string, existing: readonly StaffEntry[] = []): StaffImport {
  const rows = splitCsv(text);
  const first = rows[0];
  const header = first && 'cells' in first ? headerColumns(first.cells) : undefined;
  const columns: (Column | undefined)[] = header ?? ['name', 'role', 'unit'];
  const body = header ? rows.slice(1) : rows;
  const known = new Map(existing.map((entry) => [key(entry.name), -1]));
  const entries: StaffEntry[] = [];
  const errors: RowError[] = [];
  for (const line of body) {
    if ('error' in line) {
      errors.push({ row: line.row, message: line.error });
      continue;
    }
    if (line.cells.length > columns.length) {
      errors.push({ row: line.row, message: `${line.cells.length} columns; expected ${columns.length} (name, role, unit; a name with a comma must be in "quotes")` });
      continue;
    }
    const entry: Partial<StaffEntry> = {};
    line.cells.forEach((cell, index) => {
      const column = columns[index];
      const value = cell.trim().replace(/\s+/g, ' ');
      if (column && value) entry[column] = value;
    });
    const name = entry.name;
    if (!name) {
      errors.push({ row: line.row, message: 'no name' });
      continue;
    }
    if (!/\p{L}/u.test(name) || /\d/.test(name)) {
      errors.push({ row: line.row, message: `"${name}" is not a person's name` });
      continue;
    }
    if (name.length > MAX_NAME_LENGTH) {
      errors.push({ row: line.row, message: `name longer than ${MAX_NAME_LENGTH} characters` });
      continue;
    }
    const earlier = known.get(key(name));
    if (earlier !== undefined) {
      errors.push({ row: line.row, message: earlier < 0 ? `duplicate: ${name} is already in the staff directory` : `duplicate: ${name} is also on row ${earlier}` });
      continue;
    }
    known.set(key(name), line.row);
    entries.push(entry as StaffEntry);
  }
  return { entries, errors };
}

/** The directory as CSV with a header row, so it can be edited in a spreadsheet and imported again. */
export function staffToCsv(staff: readonly StaffEntry[]): string {
  const cell = (value = '') => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return ['name,role,unit', ...staff.map((s) => [s.name, s.role, s.unit].map(cell).join(','))].join('\r\n') + '\r\n';
}
