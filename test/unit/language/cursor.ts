/** Splits a test text at its cursor mark `‸`: the clean text and the cursor offset. */
export function cursorAt(source: string): { text: string; offset: number } {
  const offset = source.indexOf('‸');
  if (offset < 0) throw new Error('test text has no ‸ cursor mark');
  return { text: source.slice(0, offset) + source.slice(offset + 1), offset };
}

/** A StatefulSet with its headless Service, used across the language tests. */
export const WEB = `apiVersion: v1
kind: Service
metadata:
  name: web-headless
spec:
  clusterIP: None
  ports:
    - name: http
      port: 80
  selector:
    app: web
---
apiVersion: v1
kind: Service
metadata:
  name: web-lb
spec:
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web-headless
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      volumes:
        - name: config
          configMap:
            name: web-config
      containers:
        - name: app
          image: nginx:1.27
          volumeMounts:
            - name: data
              mountPath: /data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
`;

/** Inserts `insert` (which holds the cursor mark) right after the first occurrence of `after`. */
export function insertAfter(text: string, after: string, insert: string): string {
  const i = text.indexOf(after);
  if (i < 0) throw new Error(`anchor not found: ${after}`);
  return text.slice(0, i + after.length) + insert + text.slice(i + after.length);
}
