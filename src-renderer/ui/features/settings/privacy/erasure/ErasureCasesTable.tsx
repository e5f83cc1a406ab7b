import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ErasureCaseLine } from '../../../../../store/services/privacy/erasure-views';
import { CaseChoiceTable } from '../CaseChoiceTable';
import { lineReason, lineState, STATE_COLOURS } from './lineText';

interface ErasureCasesTableProps {
  label: string;
  lines: ErasureCaseLine[];
  /** While recording: which cases the request covers (`preselected` at first). */
  selection?: { selected: ReadonlySet<string>; onSelect(next: ReadonlySet<string>): void };
}

/** The cases of a deletion request (or of the customer found), each with what happens to it and why. */
export function ErasureCasesTable({ label, lines, selection }: ErasureCasesTableProps) {
  const { t } = useTranslation();
  return (
    <CaseChoiceTable
      label={label}
      lines={lines}
      {...(selection ? { selection } : {})}
      extra={[
        {
          header: t('erasure.columns.outcome'),
          cell: (line) => (
            <>
              <Badge size="sm" variant="light" color={STATE_COLOURS[line.state]} mr="xs">
                {lineState(t, line)}
              </Badge>
              {lineReason(t, line)}
            </>
          ),
        },
      ]}
    />
  );
}
