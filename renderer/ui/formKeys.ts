/**
 * Every form dialog saves the same two ways: its submit button (Enter) and Ctrl/Cmd+Enter from
 * any field, including text areas. Spread the result on the <form>.
 */
import type { FormEvent, KeyboardEvent } from 'react';

export function saveHandlers(save: () => unknown) {
  return {
    onSubmit: (e: FormEvent) => {
      e.preventDefault();
      void save();
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void save();
      }
    },
  };
}
