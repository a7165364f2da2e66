import { LoadingText, Skeleton } from '../../components/Skeleton.tsx';

export function RegionSkeleton() {
  return (
    <div className="region-page" aria-busy="true">
      <LoadingText visible />
      <div className="region-heading">
        <Skeleton width="16rem" height="0.9rem" />
        <Skeleton width="22rem" height="2.2rem" />
        <Skeleton width="14rem" height="0.9rem" />
      </div>
      <div className="kpi-grid">
        {['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key, index) => (
          <div key={key} className={index === 0 ? 'kpi kpi-wide' : 'kpi'}>
            <Skeleton width="50%" height="0.9rem" />
            <Skeleton width="70%" height="2rem" />
            <Skeleton width="90%" height="0.8rem" />
          </div>
        ))}
      </div>
      <div className="chart-grid">
        <div className="panel chart-placeholder" />
        <div className="panel chart-placeholder" />
      </div>
    </div>
  );
}
