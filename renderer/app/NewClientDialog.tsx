/** The new-client form opened from the command palette or the application menu, over any screen. */
import { displayName } from '../../shared/clients/search';
import { ClientFormDialog } from '../features/clients/ClientFormDialog';
import { useClients } from '../features/clients/useClients';
import { useSettings } from '../features/settings/useSettings';
import { navigate } from './router';
import { useToast } from './Toasts';

export function NewClientDialog({ onClose }: { onClose: () => void }) {
  const { data: clients } = useClients();
  const { data: settings } = useSettings();
  const toast = useToast();
  return (
    <ClientFormDialog
      allClients={clients}
      defaults={{
        country: settings.country,
        region: settings.region,
        holidays: settings.plan.defaultHolidays,
      }}
      onClose={onClose}
      onSaved={(c) => {
        onClose();
        toast.show(`Added ${displayName(c)}.`);
        navigate(`clients/${c.id}`);
      }}
    />
  );
}
