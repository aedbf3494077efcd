import { errorInfo } from '../lib/errors';
import { useToast } from '../ui/Toasts';

/**
 * Runs a settings change and says how it went: the success message, or the server's reason written
 * for people. Resolves to the error message (for an inline editor) or null.
 */
export function useAction() {
  const toast = useToast();
  return async (action: () => Promise<unknown>, success?: string): Promise<string | null> => {
    try {
      await action();
      if (success) toast.show({ kind: 'success', message: success });
      return null;
    } catch (e) {
      const info = errorInfo(e);
      const message = Object.values(info.fields)[0] ?? info.message;
      if (!success) return message;
      toast.show({ kind: 'error', message });
      return message;
    }
  };
}
