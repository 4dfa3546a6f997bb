import { useEffect, useState } from 'react';
import { call } from '../../api';
import { useAuth } from '../auth/authStore';

/**
 * Whether the signed-in staff member may write and read counselling records: admins and staff marked
 * counsellor. Only decides what the form offers; the main process checks it on every call.
 */
export function useMayCounsel(): boolean {
  const { role, staffId } = useAuth((s) => s.session);
  const [counsellor, setCounsellor] = useState(false);

  useEffect(() => {
    if (role !== 'teacher' || staffId === null) return;
    let current = true;
    call('staff.list', { includeArchived: false }).then(
      (staff) => current && setCounsellor(staff.some((m) => m.id === staffId && m.counsellor)),
      () => current && setCounsellor(false),
    );
    return () => {
      current = false;
    };
  }, [role, staffId]);

  return role === 'admin' || counsellor;
}
