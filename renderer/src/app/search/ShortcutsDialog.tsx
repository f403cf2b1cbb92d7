// "?": the keyboard shortcuts, from the one list in shortcuts.ts.
import { Dialog } from '../../components/Dialog';
import { SHORTCUTS } from '../shortcuts';
import './search.css';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="shortcuts-dialog">
      {SHORTCUTS.map((g) => (
        <section key={g.title} aria-label={g.title}>
          <h3>{g.title}</h3>
          <dl className="shortcut-list">
            {g.items.map((s) => (
              <div key={`${g.title}:${s.keys}`}>
                <dt>
                  <kbd>{s.keys}</kbd>
                </dt>
                <dd>{s.what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Dialog>
  );
}
