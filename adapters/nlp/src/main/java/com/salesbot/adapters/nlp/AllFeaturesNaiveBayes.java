package com.salesbot.adapters.nlp;

import com.hankcs.hanlp.classification.classifiers.NaiveBayesClassifier;
import com.hankcs.hanlp.classification.corpus.IDataSet;
import com.hankcs.hanlp.classification.features.BaseFeatureData;
import com.hankcs.hanlp.classification.features.ChiSquareFeatureExtractor;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;

/**
 * HanLP's naive Bayes with its chi-square feature selection switched off. On a few hundred short messages the
 * selection keeps almost no feature and every text comes out uniform (see docs/platforms.md, HanLP); keeping every
 * word of the lexicon is the documented fix.
 */
final class AllFeaturesNaiveBayes extends NaiveBayesClassifier {
    @Override
    protected BaseFeatureData selectFeatures(IDataSet dataSet) {
        BaseFeatureData data = ChiSquareFeatureExtractor.extractBasicFeatureData(dataSet);
        BinTrie<Integer> all = new BinTrie<>();
        String[] words = dataSet.getLexicon().getWordIdArray();
        for (int id = 0; id < words.length; id++) {
            all.put(words[id], id);
        }
        data.wordIdTrie = all;
        return data;
    }
}
