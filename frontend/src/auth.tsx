import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { api, call, requestContext } from "./api/client";
import type { Member } from "./api/types";

const STORAGE_KEY = "coopconnect.session";

interface Session {
  token: string;
  expiresAt: number;
}

export interface AuthState {
  token: string | null;
  member: Member | null;
  /** Stores a fresh token and loads /me; returns the member, or null if /me failed. */
  signIn(token: string, expiresInSeconds: number): Promise<Member | null>;
  signOut(): void;
  /** Reloads /me; signs out when the token was refused. */
  refresh(): Promise<Member | null>;
}

const AuthContext = createContext<AuthState | null>(null);

export function readSession(raw: string | null, now: number): Session | null {
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Partial<Session>;
    if (typeof s.token === "string" && typeof s.expiresAt === "number" && s.expiresAt > now) return s as Session;
  } catch {
    /* corrupt storage: treat as signed out */
  }
  return null;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => readSession(localStorage.getItem(STORAGE_KEY), Date.now()));
  const [member, setMember] = useState<Member | null>(null);
  requestContext.token = session?.token ?? null;

  const signOut = useCallback(() => {
    localStorage.removeItem(STORAGE_KEY);
    requestContext.token = null;
    setSession(null);
    setMember(null);
  }, []);

  const refresh = useCallback(async () => {
    if (!requestContext.token) return null;
    const res = await call(() => api.GET("/api/v1/me"));
    if (res.ok) {
      setMember(res.data);
      return res.data;
    }
    if (res.status === 401) signOut();
    return null;
  }, [signOut]);

  const signIn = useCallback(
    async (token: string, expiresIn: number) => {
      const s = { token, expiresAt: Date.now() + expiresIn * 1000 };
      localStorage.setItem(STORAGE_KEY, JSON.stringify(s));
      requestContext.token = token;
      setSession(s);
      return refresh();
    },
    [refresh],
  );

  useEffect(() => {
    if (session && !member) void refresh();
    // Sign out when the token expires while the page stays open.
    if (!session) return;
    const timer = window.setTimeout(signOut, Math.min(session.expiresAt - Date.now(), 2 ** 31 - 1));
    return () => window.clearTimeout(timer);
  }, [session, member, refresh, signOut]);

  const value = useMemo(
    () => ({ token: session?.token ?? null, member, signIn, signOut, refresh }),
    [session, member, signIn, signOut, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error("useAuth outside AuthProvider");
  return ctx;
}
