import type { JSX } from 'react';
import type { DrawingId } from '../tree';
import { Battery } from './Battery';
import { Cables } from './Cables';
import { CardChip } from './CardChip';
import { ReaderSlot } from './ReaderSlot';
import { ScreenDate } from './ScreenDate';
import { ShieldedKeypad } from './ShieldedKeypad';
import { SignalBars } from './SignalBars';
import { SimSlot } from './SimSlot';
import type { DrawingProps } from './style';
import { TerminalLabel } from './TerminalLabel';

const drawings: Record<DrawingId, (props: DrawingProps) => JSX.Element> = {
  signalBars: SignalBars,
  simSlot: SimSlot,
  cardChip: CardChip,
  shieldedKeypad: ShieldedKeypad,
  cables: Cables,
  battery: Battery,
  readerSlot: ReaderSlot,
  screenDate: ScreenDate,
  terminalLabel: TerminalLabel,
};

export function Drawing({ id, label }: { id: DrawingId; label: string }): JSX.Element {
  const Picture = drawings[id];
  return (
    <figure className="drawing">
      <Picture label={label} />
    </figure>
  );
}
