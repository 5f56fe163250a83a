import { type ExhibitModel, type Lod, type ModelBuilder, standOnFloor } from './exhibit-model.ts';
import { bachDangStakes } from './exhibits/bach-dang-stakes.ts';
import { quangChinhBronzeDrum, tranBronzeJar } from './exhibits/bronzes.ts';
import * as chamGods from './exhibits/cham-altars-and-gods.ts';
import * as chamBeasts from './exhibits/cham-guardian-beasts.ts';
import { dauRamPotteryVase, lotusOfferingDish, ngoaVanGoldBox } from './exhibits/ceramics.ts';
import { anthraciteCoalBlock, mineCart } from './exhibits/coal-and-cart.ts';
import { endemicPlants, vanDonTradingPort, yenTuTrucLam } from './exhibits/dioramas.ts';
import { honGaiMineDeed1884, minersNotice1932 } from './exhibits/documents.ts';
import { caveStalactites, karstMountainColumns } from './exhibits/limestone.ts';
import { coc6OpenPit, mineTunnel } from './exhibits/mine-displays.ts';
import { coralReef, horseshoeCrab } from './exhibits/sea-life.ts';
import { whaleSkeleton } from './exhibits/whale-skeleton.ts';

/** The demo museum's models, by exhibit id. An exhibit without an entry here gets no model. */
export const modelBuilders: Readonly<Record<string, ModelBuilder>> = {
  'anthracite-coal-block': anthraciteCoalBlock,
  'bach-dang-stakes': bachDangStakes,
  'cave-stalactites': caveStalactites,
  'coc-6-open-pit': coc6OpenPit,
  'coral-reef': coralReef,
  'dau-ram-pottery-vase': dauRamPotteryVase,
  'dong-duong-altar': chamGods.dongDuongAltar,
  'dong-duong-dvarapala': chamGods.dongDuongDvarapala,
  'dong-duong-tara': chamGods.dongDuongTara,
  'endemic-plants': endemicPlants,
  'hon-gai-mine-deed-1884': honGaiMineDeed1884,
  'horseshoe-crab': horseshoeCrab,
  'karst-mountain-columns': karstMountainColumns,
  'lotus-offering-dish': lotusOfferingDish,
  'mine-cart': mineCart,
  'mine-tunnel': mineTunnel,
  'miners-notice-1932': minersNotice1932,
  'my-son-e1-altar': chamGods.mySonE1Altar,
  'my-son-ganesha': chamGods.mySonGanesha,
  'my-son-linga-yoni': chamGods.mySonLingaYoni,
  'my-son-shiva': chamGods.mySonShiva,
  'ngoa-van-gold-box': ngoaVanGoldBox,
  'quang-chinh-bronze-drum': quangChinhBronzeDrum,
  'thap-mam-dragon': chamBeasts.thapMamDragon,
  'thap-mam-gajasimha': chamBeasts.thapMamGajasimha,
  'thap-mam-garuda': chamBeasts.thapMamGaruda,
  'thap-mam-kala': chamBeasts.thapMamKala,
  'tra-kieu-altar': chamGods.traKieuAltar,
  'tra-kieu-apsara': chamGods.traKieuApsara,
  'tra-kieu-lion': chamBeasts.traKieuLion,
  'tra-kieu-makara': chamBeasts.traKieuMakara,
  'tran-bronze-jar': tranBronzeJar,
  'van-don-trading-port': vanDonTradingPort,
  'whale-skeleton': whaleSkeleton,
  'yen-tu-truc-lam': yenTuTrucLam,
};

/** Builds an exhibit's model at one level of detail, standing on y = 0 and centred on x and z. */
export function buildExhibitModel(id: string, lod: Lod): ExhibitModel {
  const builder = modelBuilders[id];
  if (!builder)
    throw new Error(`no model builder for exhibit "${id}" (add one to tools/demo-models/model-builders.ts)`);
  return { id, parts: standOnFloor(builder(lod)) };
}
