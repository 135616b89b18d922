// LinkedIn-like look for the demo profiles: plain CSS, system fonts, no external resources.

import { certificationsCss } from './certifications';

export function linkedinCss(): string {
  return `
*{box-sizing:border-box}
body{margin:0;background:#f4f2ee;color:rgba(0,0,0,.9);font:14px/1.45 -apple-system,system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:#0a66c2}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(1px,1px,1px,1px);white-space:nowrap}
.global-nav{position:sticky;top:0;z-index:10;background:#fff;border-bottom:1px solid rgba(0,0,0,.08)}
.global-nav__content{max-width:1128px;margin:0 auto;height:52px;display:flex;align-items:center;gap:8px;padding:0 16px}
.global-nav__logo{display:inline-block;width:34px;height:34px;border-radius:4px;background:#0a66c2;color:#fff;font:700 22px/34px Arial,sans-serif;text-align:center;text-decoration:none}
.search-global-typeahead{display:flex;align-items:center;gap:6px;background:#edf3f8;border-radius:4px;height:34px;width:280px;padding:0 10px;color:rgba(0,0,0,.6)}
.search-global-typeahead input{border:0;background:transparent;font:inherit;width:100%;outline:none}
.global-nav__primary-items{display:flex;margin:0 0 0 auto;padding:0;list-style:none}
.global-nav__primary-item{display:flex;flex-direction:column;align-items:center;min-width:80px;color:rgba(0,0,0,.6);font-size:12px}
.global-nav__primary-item--active{color:rgba(0,0,0,.9);box-shadow:inset 0 -2px 0 rgba(0,0,0,.9)}
.scaffold-layout{max-width:1128px;margin:24px auto;padding:0 16px;display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:24px;align-items:start}
.artdeco-card,._5b3f1c0e{background:#fff;border-radius:8px;box-shadow:0 0 0 1px rgba(140,140,140,.2);margin-bottom:8px;overflow:hidden}
.pvs-header__container,._8d2e6a41{padding:20px 24px 4px}
.pvs-header__title,._1f4c7b90{margin:0;font-size:20px;font-weight:600}
.pvs-card__body{padding:4px 24px 20px}
.pv-top-card__cover{height:200px}
.pv-top-card__body{padding:0 24px 24px;position:relative}
.pv-top-card__photo{width:152px;height:152px;margin-top:-112px;border:4px solid #fff;border-radius:50%;background:#c37d16;color:#fff;font:600 56px/144px system-ui,sans-serif;text-align:center}
.text-heading-xlarge{margin:8px 0 0;font-size:24px;font-weight:600}
.text-body-medium{font-size:16px}
.t-black--light{color:rgba(0,0,0,.6)}
.link-like{color:#0a66c2;font-weight:600}
.pv-top-card--list{margin-top:4px}
.pv-top-card__actions{display:flex;gap:8px;margin-top:12px}
.artdeco-button{display:inline-flex;align-items:center;gap:4px;border-radius:16px;padding:6px 16px;font:600 16px system-ui,sans-serif;cursor:pointer;border:1px solid #0a66c2;background:#fff;color:#0a66c2}
.artdeco-button--primary{background:#0a66c2;color:#fff}
.artdeco-button--muted{border-color:rgba(0,0,0,.6);color:rgba(0,0,0,.6)}
.pvs-list{list-style:none;margin:0;padding:0}
.pvs-card__body .pvs-list__item--line-separated{padding:14px 0}
.pvs-entity__content{display:flex;flex-direction:column;gap:2px}
.pvs-entity__description{margin:6px 0 0}
.pv-shared-text-with-see-more p{margin:0 0 10px}
.scaffold-layout__aside .artdeco-card{padding:16px}
.rail-title{font-size:16px}
.rail-list{list-style:none;margin:8px 0 0;padding:0}
.rail-item{display:flex;gap:10px;padding:12px 0;border-bottom:1px solid rgba(0,0,0,.08)}
.rail-item:last-child{border-bottom:0}
.rail-photo{flex:0 0 48px;height:48px;border-radius:50%;background:#56687a;color:#fff;font:600 18px/48px system-ui,sans-serif;text-align:center}
.rail-link{color:rgba(0,0,0,.9);text-decoration:none}
.rail-link:hover{color:#0a66c2;text-decoration:underline}
.rail-button{margin-top:8px;font-size:14px;padding:4px 12px}
.rail-note p{margin:0;color:rgba(0,0,0,.6);font-size:12px}
@media (max-width:900px){.scaffold-layout{grid-template-columns:1fr}}
${certificationsCss()}
`;
}
