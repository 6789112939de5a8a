// Realistic multi-document corpora: per unit, a headless Service and its StatefulSet (about 100
// lines together), the shape `kubectl get -o yaml` dumps and rendered charts have.

/** One unit `i`: a headless Service and a StatefulSet with probes, resources and a claim template. */
export function unitYaml(i: number): string {
  const app = `db-${i}`;
  return `---
apiVersion: v1
kind: Service
metadata:
  name: ${app}
  namespace: shop
  labels:
    app.kubernetes.io/name: ${app}
    app.kubernetes.io/part-of: shop
spec:
  clusterIP: None
  publishNotReadyAddresses: true
  selector:
    app.kubernetes.io/name: ${app}
  ports:
    - name: sql
      port: 5432
      targetPort: sql
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${app}
  namespace: shop
  labels:
    app.kubernetes.io/name: ${app}
    app.kubernetes.io/part-of: shop
  annotations:
    description: |
      Primary database of shard ${i}.
      Managed by the platform team.
spec:
  serviceName: ${app}
  replicas: 3
  podManagementPolicy: OrderedReady
  revisionHistoryLimit: 10
  minReadySeconds: 10
  updateStrategy:
    type: RollingUpdate
    rollingUpdate:
      partition: 0
  persistentVolumeClaimRetentionPolicy:
    whenDeleted: Retain
    whenScaled: Delete
  selector:
    matchLabels:
      app.kubernetes.io/name: ${app}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${app}
        app.kubernetes.io/part-of: shop
    spec:
      terminationGracePeriodSeconds: 30
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              podAffinityTerm:
                topologyKey: kubernetes.io/hostname
                labelSelector:
                  matchLabels:
                    app.kubernetes.io/name: ${app}
      containers:
        - name: postgres
          image: postgres:16.4
          args: ["-c", "max_connections=200"]
          ports:
            - name: sql
              containerPort: 5432
          env:
            - name: PGDATA
              value: /var/lib/postgresql/data/pgdata
            - name: POSTGRES_DB
              value: shard${i}
          resources:
            requests:
              cpu: 500m
              memory: 1Gi
            limits:
              memory: 2Gi
          readinessProbe:
            tcpSocket:
              port: sql
            periodSeconds: 5
          livenessProbe:
            exec:
              command: ["pg_isready", "-U", "postgres"]
            initialDelaySeconds: 30
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 20Gi
`;
}

/** A file of `units` units. */
export function corpusYaml(units: number): string {
  const parts: string[] = [];
  for (let i = 0; i < units; i++) parts.push(unitYaml(i));
  return parts.join('');
}
