import { create } from 'zustand';

/** The top bar's own dialogs, so the command palette can open them too. */
export type AppDialog = 'verify' | 'settings' | 'history';

export const useAppDialogs = create<{ open: AppDialog | null }>(() => ({ open: null }));

export const openAppDialog = (open: AppDialog) => useAppDialogs.setState({ open });
export const closeAppDialog = () => useAppDialogs.setState({ open: null });
